using System.ComponentModel.DataAnnotations;
using Safeguarding.Publication.Api.Benchmarks;

namespace Safeguarding.Publication.Tests.Benchmarks;

public sealed class BenchmarkQueryTests
{
    private static readonly DateOnly Today = new(2026, 12, 23);

    [Theory]
    [InlineData(null, null, 2022, 2026)]
    [InlineData(2019, null, 2019, 2026)]
    [InlineData(null, 2024, 2020, 2024)]
    [InlineData(2030, null, 2030, 2030)]
    public void By_default_the_years_are_the_financial_year_today_is_in_and_the_four_before_it(int? from, int? to, int first, int last) =>
        Assert.Equal((first, last), new BenchmarkQuery { From = from, To = to }.Years(Today));

    [Theory]
    [InlineData(2020, 2019, null, "To")]
    [InlineData(2010, 2024, null, "To")]
    [InlineData(1980, null, null, "From")]
    [InlineData(null, null, 100, "Per")]
    public void Years_that_are_not_a_span_of_ten_or_fewer_and_a_rate_that_is_not_per_thousand_or_ten_thousand_are_refused(int? from, int? to, int? per, string field)
    {
        var query = new BenchmarkQuery { From = from, To = to, Per = per };

        var problem = Assert.Single(query.Validate(new ValidationContext(query)));

        Assert.Equal([field], problem.MemberNames);
    }
}
