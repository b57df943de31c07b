using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>
/// The child population of a set of areas for a financial year: the sum of their estimates at the
/// mid-year that year starts in or, when that is not out yet, the latest earlier one that every area has.
/// </summary>
public sealed class PopulationTable(IEnumerable<ChildPopulation> estimates)
{
    private readonly ILookup<string, ChildPopulation> byArea = estimates.ToLookup(e => e.AreaCode);

    public (int? Population, int? Year) For(IReadOnlyCollection<string> areas, int year)
    {
        if (areas.Count == 0)
            return (null, null);
        var common = areas.Select(a => byArea[a].Select(e => e.Year).Where(y => y <= year))
            .Aggregate((IEnumerable<int>?)null, (all, years) => all is null ? years : all.Intersect(years)) ?? [];
        if (!common.Any())
            return (null, null);
        var chosen = common.Max();
        return (areas.Sum(a => byArea[a].First(e => e.Year == chosen).Population), chosen);
    }
}
