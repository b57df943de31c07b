using System.Text;
using Safeguarding.Publication.Api.Benchmarks;

namespace Safeguarding.Publication.Tests.Benchmarks;

public sealed class ChildPopulationFileTests
{
    private static Task<(IReadOnlyList<Api.Model.ChildPopulation> Rows, IReadOnlyDictionary<string, string[]> Problems)> Read(string text) =>
        ChildPopulationFile.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None);

    [Fact]
    public async Task The_estimates_are_read_by_their_headers_in_any_order_with_other_columns_passed_over()
    {
        var (rows, problems) = await Read("\uFEFFYear,Area Code,Notes,Area name,Population aged 0-17\r\n2024,e06000047,,County Durham,\"101,234\"\n\n2023,E92000001,x,England,11886910\n");

        Assert.Empty(problems);
        Assert.Equal([("E06000047", 2024, "County Durham", 101_234), ("E92000001", 2023, "England", 11_886_910)],
            rows.Select(r => (r.AreaCode, r.Year, r.AreaName, r.Population)));
    }

    [Fact]
    public async Task Every_problem_is_named_by_row_and_column_and_nothing_is_taken()
    {
        var (rows, problems) = await Read("area code,area name,year,population\nE06000047,Durham,2024,100\nE0600,Durham,24,-5\n"
            + "E06000048,,2024,lots\nE06000047,Durham,2024,100\n");

        Assert.Empty(rows);
        Assert.Equal(["row 3, area code", "row 3, year", "row 3, population aged 0-17", "row 4, area name", "row 4, population aged 0-17", "row 5"],
            problems.Keys);
        Assert.Contains("row 2", problems["row 5"][0]);
        // A problem never repeats what the cell held.
        Assert.DoesNotContain(problems.Values.SelectMany(m => m), m => m.Contains("lots") || m.Contains("E0600,"));
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("code,name,year,population\nE06000047,Durham,2024,100\n", "no column \"area code\", \"area name\"")]
    [InlineData("area code,area name,year,population aged 0-17\n", "no rows of figures")]
    [InlineData("area code,area name,year,population,population\n", "twice")]
    [InlineData("area code,area name,year,population\n\u0001\u0002PK", "binary data")]
    public async Task A_file_that_is_not_one_is_refused_saying_why(string text, string why)
    {
        var (rows, problems) = await Read(text);

        Assert.Empty(rows);
        Assert.Contains(why, Assert.Single(problems["file"]));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_without_being_read_whole()
    {
        var big = new MemoryStream(new byte[ChildPopulationFile.MaxBytes + 1]);

        var (rows, problems) = await ChildPopulationFile.ReadAsync(big, CancellationToken.None);

        Assert.Empty(rows);
        Assert.Contains("larger than 20 MB", Assert.Single(problems["file"]));
    }
}
