namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>The services' counts per partnership, financial year and measure ("notifications", "rapid-reviews", "local-reviews").</summary>
public sealed class YearCounts(IEnumerable<(string Partnership, int Year, string Measure, int Count)> counts)
{
    private readonly Dictionary<(string, int, string), int> counts = counts.ToDictionary(c => (c.Partnership, c.Year, c.Measure), c => c.Count);

    public IEnumerable<string> Partnerships => counts.Keys.Select(k => k.Item1).Distinct();

    public int Of(string partnership, int year, string measure) => counts.GetValueOrDefault((partnership, year, measure));
}
