using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Reads a JSON request body field by field, collecting one clear message per bad field (named by
/// its JSON property) instead of failing on the first. Every kind of bad input ends as a 400
/// problem-details answer; values are never echoed back, since they may identify a child.
/// </summary>
public sealed class JsonInput
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly JsonElement _root;

    private JsonInput(JsonElement root) => _root = root;

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

            return (new JsonInput(document.RootElement.Clone()), null);
        }
        catch (JsonException)
        {
            return (null, Single("body", "The request body is not valid JSON."));
        }
    }

    public void AddError(string field, string message)
    {
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
            AddError(field, $"{field} must be a string.");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                AddError(field, $"{field} is required.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            AddError(field, $"{field} must be at most {maxLength} characters.");
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

        AddError(field, $"{field} must be a date in the form yyyy-MM-dd.");
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
            AddError(field, $"{field} must be a whole number.");
            return null;
        }

        if (number < min || number > max)
        {
            AddError(field, $"{field} must be between {min} and {max}.");
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

        AddError(field, $"{field} must be one of: {string.Join(", ", allowed.Keys)}.");
        return null;
    }

    public List<string>? StringArray(string field, bool required, IReadOnlySet<string> allowed)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0
            || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || !allowed.Contains(v.GetString()!)))
        {
            AddError(field, $"{field} must be a non-empty array of: {string.Join(", ", allowed)}.");
            return null;
        }

        return value.EnumerateArray().Select(v => v.GetString()!).Distinct().ToList();
    }

    private bool TryGet(string field, bool required, out JsonElement value)
    {
        if (_root.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            AddError(field, $"{field} is required.");
        }

        return false;
    }

    private static Dictionary<string, string[]> Single(string field, string message) => new() { [field] = [message] };
}
