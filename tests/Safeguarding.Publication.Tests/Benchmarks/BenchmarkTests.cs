using Safeguarding.Publication.Api.Benchmarks;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Tests.Benchmarks;

public sealed class BenchmarkTests
{
    private static ChildPopulation Estimate(string code, int year, int population) =>
        new() { AreaCode = code, AreaName = code, Year = year, Population = population };

    private static readonly PopulationTable Population = new([
        Estimate("E06000001", 2023, 60_000), Estimate("E06000002", 2023, 40_000),
        Estimate("E06000001", 2024, 61_000), Estimate("E06000002", 2024, 41_000),
        Estimate("E06000003", 2024, 30_000), Estimate(ChildPopulation.EnglandCode, 2026, 12_200_000),
    ]);

    private static readonly YearCounts Counts = new([
        ("northshire", 2023, Benchmark.Notifications, 4), ("northshire", 2023, Benchmark.RapidReviews, 5),
        ("northshire", 2023, Benchmark.LocalReviews, 1), ("northshire", 2024, Benchmark.Notifications, 3),
        ("southshire", 2024, Benchmark.Notifications, 2),
    ]);

    [Fact]
    public void England_is_set_against_its_published_notifications_and_child_population()
    {
        var england = Benchmark.England(2023, Population, 10_000);

        // 405 notifications in 2023-24 among 11,886,910 children: 0.341 per 10,000.
        Assert.Equal((405, 11_886_910, 0.341m), (england.Notifications, england.ChildPopulation, england.NotificationRate));
        Assert.Equal(0.034m, Benchmark.England(2023, Population, 1_000).NotificationRate);
        // The Department publishes no counts of rapid or local reviews: not known, rather than none.
        Assert.Equal((null, null), (england.RapidReviewRate, england.LocalReviews));
        Assert.Equal(("2023-24", 188), (Benchmark.Label(2023), EnglandStatistics.Years[2019].ChildDeaths));
    }

    [Fact]
    public void England_beyond_the_published_years_uses_the_imported_estimate_and_has_no_count()
    {
        var england = Benchmark.England(2026, Population, 10_000);

        Assert.Equal((12_200_000, 2026, null, null), (england.ChildPopulation, england.PopulationYear, england.Notifications, england.NotificationRate));
    }

    [Fact]
    public void A_partnership_is_set_against_the_children_of_all_its_areas_year_by_year()
    {
        var benchmarks = Benchmark.ForPartnership("northshire", ["E06000001", "E06000002"], (2023, 2025), Counts, Population, 10_000);

        Assert.Equal([2023, 2024, 2025], benchmarks.Years.Select(y => y.Year));
        var first = benchmarks.Years[0];
        Assert.Equal((new DateOnly(2023, 4, 1), new DateOnly(2024, 3, 31)), (first.From, first.To));
        // 4 notifications, 5 rapid reviews and 1 local review among 100,000 children.
        Assert.Equal((100_000, 2023, 0.4m, 0.5m, 0.1m), (first.Partnership.ChildPopulation, first.Partnership.PopulationYear,
            first.Partnership.NotificationRate, first.Partnership.RapidReviewRate, first.Partnership.LocalReviewRate));
        Assert.Equal(0.341m, first.England.NotificationRate);
        // The mid-2025 estimates are not out: 2025-26 uses the latest, mid-2024's, and says so.
        Assert.Equal((102_000, 2024, 0, 0m), (benchmarks.Years[2].Partnership.ChildPopulation, benchmarks.Years[2].Partnership.PopulationYear,
            benchmarks.Years[2].Partnership.Notifications, benchmarks.Years[2].Partnership.NotificationRate));
    }

    [Fact]
    public void A_population_is_known_only_for_a_year_every_area_has_an_estimate_for()
    {
        Assert.Equal((null, null), Population.For(["E06000001", "E06000003"], 2023));
        Assert.Equal((91_000, 2024), Population.For(["E06000001", "E06000003"], 2025));
        Assert.Equal((null, null), Population.For([], 2024));
        Assert.Equal((null, null), Population.For(["E06000009"], 2024));
    }

    [Fact]
    public void The_national_benchmarks_set_every_partnership_side_by_side_including_those_without_areas_or_counts()
    {
        var areas = new[] { ("northshire", "E06000002"), ("northshire", "E06000001"), ("eastshire", "E06000003") }
            .ToLookup(a => a.Item1, a => a.Item2);

        var national = Benchmark.National(2024, areas, Counts, Population, 10_000);

        Assert.Equal(["eastshire", "northshire", "southshire"], national.Partnerships.Select(p => p.Partnership));
        Assert.Equal((0, 0m), (national.Partnerships[0].Figures.Notifications, national.Partnerships[0].Figures.NotificationRate));
        Assert.Equal(["E06000001", "E06000002"], national.Partnerships[1].AreaCodes);
        Assert.Equal((102_000, 3), (national.Partnerships[1].Figures.ChildPopulation, national.Partnerships[1].Figures.Notifications));
        Assert.Equal((2, null), (national.Partnerships[2].Figures.Notifications, national.Partnerships[2].Figures.NotificationRate));
        Assert.Equal(("2024-25", 338), (national.Label, national.England.Notifications));
    }
}
