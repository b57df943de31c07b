using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>
/// Sets partnerships' counts against their child population, year by year, and against England's:
/// England's notifications and population as the Department for Education published them, or
/// England's imported estimate (E92000001) for a year they do not cover.
/// </summary>
public static class Benchmark
{
    public const string Notifications = "notifications";
    public const string RapidReviews = "rapid-reviews";
    public const string LocalReviews = "local-reviews";

    /// <summary>A financial year as partnerships and the Department name it: 2023 is "2023-24".</summary>
    public static string Label(int year) => $"{year}-{(year + 1) % 100:00}";

    public static PartnershipBenchmarks ForPartnership(string partnership, IReadOnlyList<string> areas, (int First, int Last) years,
        YearCounts counts, PopulationTable population, int per) =>
        new(partnership, per, areas, EnglandStatistics.Source, [.. Enumerable.Range(years.First, years.Last - years.First + 1)
            .Select(y => new BenchmarkYear(y, Label(y), new DateOnly(y, 4, 1), new DateOnly(y + 1, 3, 31),
                Partnership(partnership, areas, y, counts, population, per), England(y, population, per)))]);

    public static NationalBenchmarks National(int year, ILookup<string, string> areas, YearCounts counts, PopulationTable population, int per) =>
        new(year, Label(year), per, EnglandStatistics.Source, England(year, population, per),
            [.. areas.Select(a => a.Key).Union(counts.Partnerships).Order(StringComparer.Ordinal)
                .Select(p => new PartnershipFigures(p, [.. areas[p].Order(StringComparer.Ordinal)], Partnership(p, [.. areas[p]], year, counts, population, per)))]);

    public static AreaFigures Partnership(string partnership, IReadOnlyCollection<string> areas, int year, YearCounts counts, PopulationTable population, int per)
    {
        var (children, populationYear) = population.For(areas, year);
        return new AreaFigures(per, children, populationYear, counts.Of(partnership, year, Notifications),
            counts.Of(partnership, year, RapidReviews), counts.Of(partnership, year, LocalReviews));
    }

    public static AreaFigures England(int year, PopulationTable population, int per)
    {
        var published = EnglandStatistics.Years.GetValueOrDefault(year);
        if (published?.ChildPopulation is { } children)
            return new AreaFigures(per, children, null, published.Notifications, null, null);
        var (imported, importedYear) = population.For([ChildPopulation.EnglandCode], year);
        return new AreaFigures(per, imported, importedYear, published?.Notifications, null, null);
    }
}
