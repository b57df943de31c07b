using System.Text.Json;

namespace Microsoft.Extensions.Hosting;

/// <summary>Lists and nested objects of the form, read with the same one-message-per-field rule.</summary>
public sealed partial class JsonInput
{
    /// <summary>An array of free-text strings (possibly empty).</summary>
    public List<string>? Strings(string field, bool required, int maxItems, int maxLength)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > maxItems
            || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || v.GetString()!.Trim().Length is 0 || v.GetString()!.Length > maxLength))
        {
            AddError(field, $"{_prefix}{field} must be an array of at most {maxItems} non-empty strings of at most {maxLength} characters.");
            return null;
        }

        return value.EnumerateArray().Select(v => v.GetString()!.Trim()).Distinct().ToList();
    }

    /// <summary>A nested object, read field by field; its errors are named <c>field.child</c>.</summary>
    public JsonInput? Object(string field, bool required)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            AddError(field, $"{_prefix}{field} must be an object.");
            return null;
        }

        return new JsonInput(value, $"{_prefix}{field}.", _errors);
    }

    /// <summary>An array of objects; each one's errors are named <c>field[i].child</c>.</summary>
    public List<JsonInput>? Objects(string field, bool required, int minItems, int maxItems)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Object))
        {
            AddError(field, $"{_prefix}{field} must be an array of objects.");
            return null;
        }

        var count = value.GetArrayLength();
        if (count < minItems || count > maxItems)
        {
            AddError(field, $"{_prefix}{field} must have from {minItems} to {maxItems} entries.");
            return null;
        }

        return value.EnumerateArray().Select((item, i) => new JsonInput(item, $"{_prefix}{field}[{i}].", _errors)).ToList();
    }

    /// <summary>Whether the object has <paramref name="field"/> with a non-null value.</summary>
}
