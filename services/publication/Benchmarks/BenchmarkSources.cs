using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.Publication.Api.Model;
using Safeguarding.Publication.Api.Reporting;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;
using NotificationCounts = Safeguarding.Contracts.Notifications.V1;
using ReviewCounts = Safeguarding.Contracts.Reviews.V1;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>Where the benchmarks come from: the notification and rapid review services' counts by year, asked at once, and the imported estimates.</summary>
public sealed class BenchmarkSources(PublicationServices services, NotificationCounts.NotificationQueries.NotificationQueriesClient notifications,
    ReviewCounts.ReviewQueries.ReviewQueriesClient reviews)
{
    public async Task<PartnershipBenchmarks> PartnershipAsync(BenchmarkQuery query, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var years = query.Years(services.Clock.Today());
        var areas = await services.Db.PartnershipAreas.AsNoTracking().Where(a => a.Partnership == partnership).Select(a => a.AreaCode)
            .OrderBy(a => a).ToListAsync(ct);
        var counts = CountsAsync([partnership], years.First, years.Last, ct);
        var population = await PopulationAsync([.. areas, ChildPopulation.EnglandCode], years.Last, ct);
        return Benchmark.ForPartnership(partnership, areas, years, await counts, population, BenchmarkPer.Of(query.Per));
    }

    /// <summary>The benchmarks of the financial years a report's period falls in (the last ten of them at most).</summary>
    public Task<PartnershipBenchmarks> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var last = Math.Max(FinancialYear.StartOf(to).Year, BenchmarkQuery.FirstYear);
        var first = Math.Max(FinancialYear.StartOf(from).Year, Math.Max(last - BenchmarkQuery.MaxYears + 1, BenchmarkQuery.FirstYear));
        return PartnershipAsync(new BenchmarkQuery { From = first, To = last }, ct);
    }

    public async Task<NationalBenchmarks> NationalAsync(NationalBenchmarkQuery query, CancellationToken ct)
    {
        var year = query.TheYear(services.Clock.Today());
        var areas = await services.Db.PartnershipAreas.AsNoTracking().ToListAsync(ct);
        var counts = CountsAsync([], year, year, ct);
        var population = await PopulationAsync([.. areas.Select(a => a.AreaCode).Distinct(), ChildPopulation.EnglandCode], year, ct);
        return Benchmark.National(year, areas.ToLookup(a => a.Partnership, a => a.AreaCode), await counts, population, BenchmarkPer.Of(query.Per));
    }

    private async Task<PopulationTable> PopulationAsync(List<string> areas, int lastYear, CancellationToken ct) =>
        new(await services.Db.ChildPopulations.AsNoTracking().Where(p => areas.Contains(p.AreaCode) && p.Year <= lastYear).ToListAsync(ct));

    private async Task<YearCounts> CountsAsync(string[] partnerships, int first, int last, CancellationToken ct)
    {
        var made = notifications.GetCountsByYearAsync(new NotificationCounts.CountsByYearRequest { Partnerships = { partnerships }, FirstYear = first, LastYear = last },
            cancellationToken: ct).ResponseAsync;
        var reviewed = reviews.GetCountsByYearAsync(new ReviewCounts.CountsByYearRequest { Partnerships = { partnerships }, FirstYear = first, LastYear = last },
            cancellationToken: ct).ResponseAsync;
        return new YearCounts([.. (await made).Counts.Select(c => (c.Partnership, c.Year, c.Measure, c.Count)),
            .. (await reviewed).Counts.Select(c => (c.Partnership, c.Year, c.Measure, c.Count))]);
    }
}
