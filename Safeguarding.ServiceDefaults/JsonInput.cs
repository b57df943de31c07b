using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Reads the national notification form field by field (the one request still read this way: its
/// rules run across the whole form and every fault is reported at once), collecting one clear
/// message per bad field (named by its JSON property) instead of failing on the first. Every kind of bad input ends as a 400
/// problem-details answer; values are never echoed back, since they may identify a child.
/// </summary>
public sealed partial class JsonInput
{
    private readonly Dictionary<string, List<string>> _errors;
    private readonly JsonElement _root;
    private readonly string _prefix;

    private JsonInput(JsonElement root, string prefix = "", Dictionary<string, List<string>>? errors = null)
    {
        _root = root;
        _prefix = prefix;
        _errors = errors ?? new(StringComparer.Ordinal);
    }

    /// <summary>Reads <paramref name="root"/> (an object) as if it were a request body.</summary>
    public static JsonInput From(JsonElement root) => new(root);

    /// <summary>The object being read.</summary>
    public JsonElement Root => _root;

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Parses the body; on malformed JSON or a non-object body, returns the errors to answer with.</summary>
    public static async Task<(JsonInput? Input, IDictionary<string, string[]>? Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Single("body", "The request body must be a JSON object."));
            }

            if (JsonText.FirstInvalid(document.RootElement, "") is { } path)
            {
                return (null, Single(path, "Text must be valid Unicode: an escaped UTF-16 surrogate must be one of a pair."));
            }

            return (new JsonInput(document.RootElement.Clone()), null);
        }
        catch (JsonException)
        {
            return (null, Single("body", "The request body is not valid JSON."));
        }
    }

    /// <summary>Records an error against <paramref name="field"/> (relative to this object; nested objects name their path).</summary>
    public void AddError(string field, string message)
    {
        field = _prefix + field;
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public string? String(string field, bool required, int maxLength)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            AddError(field, $"{_prefix}{field} must be a string.");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                AddError(field, $"{_prefix}{field} is required.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            AddError(field, $"{_prefix}{field} must be at most {maxLength} characters.");
            return null;
        }

        return text;
    }

    public DateOnly? Date(string field, bool required)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        AddError(field, $"{_prefix}{field} must be a date in the form yyyy-MM-dd.");
        return null;
    }

    public int? Integer(string field, bool required, int min, int max)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            AddError(field, $"{_prefix}{field} must be a whole number.");
            return null;
        }

        if (number < min || number > max)
        {
            AddError(field, $"{_prefix}{field} must be between {min} and {max}.");
            return null;
        }

        return number;
    }

    public T? OneOf<T>(string field, bool required, IReadOnlyDictionary<string, T> allowed) where T : struct
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && allowed.TryGetValue(value.GetString()!, out var known))
        {
            return known;
        }

        AddError(field, $"{_prefix}{field} must be one of: {string.Join(", ", allowed.Keys)}.");
        return null;
    }

    public bool? Boolean(string field, bool required)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        AddError(field, $"{_prefix}{field} must be true or false.");
        return null;
    }

    /// <summary>A time of day, HH:mm.</summary>
    public TimeOnly? Time(string field, bool required)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && TimeOnly.TryParseExact(value.GetString(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        AddError(field, $"{_prefix}{field} must be a time in the form HH:mm.");
        return null;
    }

    /// <summary>One of a fixed set of names (codes), returned as given.</summary>
    public string? Name(string field, bool required, IReadOnlySet<string> allowed)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && allowed.Contains(value.GetString()!))
        {
            return value.GetString();
        }

        AddError(field, $"{_prefix}{field} must be one of: {string.Join(", ", allowed)}.");
        return null;
    }

    public bool Has(string field) => _root.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    private bool TryGet(string field, bool required, out JsonElement value)
    {
        if (_root.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            AddError(field, $"{_prefix}{field} is required.");
        }

        return false;
    }

    private static Dictionary<string, string[]> Single(string field, string message) => new() { [field] = [message] };
}
