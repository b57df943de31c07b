namespace Safeguarding.Publication.Api.Imports;

/// <summary>English month names, in full or shortened to three letters (and "Sept"), in any case.</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The month (1 to 12) a name stands for, or null.</summary>
    public static int? Find(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower == "sept")
            return 9;
        var index = Array.FindIndex(Full, full => full == lower || (lower.Length == 3 && full.StartsWith(lower, StringComparison.Ordinal)));
        return index < 0 ? null : index + 1;
    }
}
