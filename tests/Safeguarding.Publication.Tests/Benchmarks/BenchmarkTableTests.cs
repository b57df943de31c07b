using Safeguarding.Publication.Api.Benchmarks;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Tests.Benchmarks;

public sealed class BenchmarkTableTests
{
    [Fact]
    public void The_printable_table_gives_each_year_against_england_and_says_what_is_not_known()
    {
        var counts = new YearCounts([("northshire", 2023, Benchmark.Notifications, 4)]);
        var population = new PopulationTable([new ChildPopulation { AreaCode = "E06000001", AreaName = "North", Year = 2023, Population = 100_000 }]);

        var table = BenchmarkTable.Of(Benchmark.ForPartnership("northshire", ["E06000001"], (2022, 2023), counts, population, 10_000));

        Assert.Equal("Per 10,000 children, against England", table.Title);
        Assert.Equal(["2022-23", "not known", "0", "not known", "0.388", "0", "not known", "0", "not known"], table.Rows[0]);
        Assert.Equal(["2023-24", "100000", "4", "0.400", "0.341", "0", "0.000", "0", "0.000"], table.Rows[1]);
    }
}
