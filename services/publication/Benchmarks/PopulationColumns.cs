namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>The columns of a child population file, matched by header ignoring case and spaces, in any order; others are passed over.</summary>
internal static class PopulationColumns
{
    public const string AreaCode = "area code";
    public const string AreaName = "area name";
    public const string Year = "year";
    public const string Population = "population aged 0-17";

    public static readonly string[] All = [AreaCode, AreaName, Year, Population];

    /// <summary>The column a header names: the documented names, and "population" alone for the last.</summary>
    public static string? Find(string header)
    {
        var name = string.Join(' ', header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return name is "population" or "population aged 0 to 17" ? Population : All.FirstOrDefault(c => c == name);
    }
}
