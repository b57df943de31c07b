using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>
/// Notifications, rapid reviews and local reviews per child population: a partnership's against
/// England's, every partnership's side by side for the national bodies, and the estimates they rest on.
/// </summary>
public static class BenchmarksApi
{
    public const string AuditResource = "benchmarks";

    public static IEndpointRouteBuilder MapBenchmarksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/benchmarks").WithTags("Benchmarks");
        api.MapGet("", async ([AsParameters] BenchmarkQuery query, [FromServices] BenchmarkSources sources, CancellationToken ct) =>
                TypedResults.Ok(await sources.PartnershipAsync(query, ct)))
            .WithName("GetBenchmarks").RequireAuthorization(Policies.ReadPartnershipFigures)
            .WithSummary("The partnership's notifications, rapid reviews and local reviews per 10,000 children (per=1000: per 1,000), year by year (from, to), against England");
        api.MapGet("/national", async ([AsParameters] NationalBenchmarkQuery query, [FromServices] BenchmarkSources sources, CancellationToken ct) =>
                TypedResults.Ok(await sources.NationalAsync(query, ct)))
            .WithName("GetNationalBenchmarks").RequireAuthorization(Policies.ReadNationalBenchmarks)
            .WithSummary("Every partnership's figures per child population for a financial year (year; by default the last one ended), side by side, with England's");
        api.MapGet("/areas", GetAreasAsync).WithName("GetPartnershipAreas").RequireAuthorization(Policies.ReadPartnershipFigures)
            .WithSummary("The local authority areas whose children are the partnership's child population");
        api.MapPut("/areas", SetAreasAsync).WithName("SetPartnershipAreas").RequireAuthorization(Policies.ReadPartnershipFigures)
            .WithSummary("Declare the local authority areas the partnership covers, by their official codes");
        api.MapPut("/child-population", ChildPopulationImport.ImportAsync).WithName("ImportChildPopulation").RequireAuthorization(Policies.Operate)
            .Accepts<string>("text/csv")
            .WithSummary("Import the official mid-year estimates of children (CSV: area code, area name, year, population aged 0-17): all rows or none, replacing each area's year");
        return app;
    }

    public static async Task<Ok<PartnershipAreasResponse>> GetAreasAsync([FromServices] PublicationServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        return TypedResults.Ok(new PartnershipAreasResponse(partnership, await services.Db.PartnershipAreas.AsNoTracking()
            .Where(a => a.Partnership == partnership).Select(a => a.AreaCode).OrderBy(a => a).ToListAsync(ct)));
    }

    public static async Task<Ok<PartnershipAreasResponse>> SetAreasAsync(PartnershipAreasRequest request, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var codes = request.AreaCodes.Select(c => c.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList();
        // The old areas go and the new ones come in one transaction.
        services.Db.PartnershipAreas.RemoveRange(await services.Db.PartnershipAreas.Where(a => a.Partnership == partnership).ToListAsync(ct));
        services.Db.PartnershipAreas.AddRange(codes.Select(c => new Model.PartnershipArea { Partnership = partnership, AreaCode = c }));
        services.Audit.Record("set-areas", AuditResource, partnership, "areaCodes");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(new PartnershipAreasResponse(partnership, codes));
    }
}
