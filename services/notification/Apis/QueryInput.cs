using System.Globalization;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>Reads query-string parameters, collecting one clear message per bad parameter.</summary>
public sealed class QueryInput(IQueryCollection query)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors;

    public void AddError(string name, string message) => _errors[name] = [message];

    public int Integer(string name, int fallback, int min, int max)
    {
        if (!query.TryGetValue(name, out var raw))
        {
            return fallback;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        AddError(name, $"{name} must be a whole number from {min} to {max}.");
        return fallback;
    }

    public DateOnly? Date(string name)
    {
        if (!query.TryGetValue(name, out var raw))
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        AddError(name, $"{name} must be a date in the form yyyy-MM-dd.");
        return null;
    }

    public T? OneOf<T>(string name, IReadOnlyDictionary<string, T> allowed) where T : struct
    {
        if (!query.TryGetValue(name, out var raw))
        {
            return null;
        }

        if (allowed.TryGetValue(raw.ToString(), out var value))
        {
            return value;
        }

        AddError(name, $"{name} must be one of: {string.Join(", ", allowed.Keys)}.");
        return null;
    }
}
