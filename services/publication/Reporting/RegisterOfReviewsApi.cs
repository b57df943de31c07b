using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>The register of reviews, as JSON and as CSV: it describes children (summary, place, gender, age), so every read is audited.</summary>
public static class RegisterOfReviewsApi
{
    public const string AuditResource = "register-of-reviews";

    public static IEndpointRouteBuilder MapRegisterOfReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/yearly-report").WithTags("Yearly report").RequireAuthorization(Policies.ReadPartnershipFigures);
        api.MapGet("/register-of-reviews", async ([FromServices] PublicationServices services, CancellationToken ct) => TypedResults.Ok(await ReadAsync(services, ct)))
            .WithName("GetRegisterOfReviews")
            .WithSummary("The partnership's register of reviews in its own layout (reference, summary, location, gender, age, status), imported and its own; every read is audited");
        api.MapGet("/register-of-reviews.csv", CsvAsync).WithName("GetRegisterOfReviewsCsv").WithSummary("The register of reviews as CSV (formula-leading cells neutralised)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return app;
    }

    public static async Task<ContentHttpResult> CsvAsync([FromServices] PublicationServices services, HttpContext http, CancellationToken ct)
    {
        var lines = await ReadAsync(services, ct);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"register-of-reviews-{services.User.Partnership()}.csv\"";
        return TypedResults.Text(CsvTable.Write(RegisterOfReviews.Table(lines)), "text/csv; charset=utf-8");
    }

    private static async Task<List<RegisterOfReviewsLine>> ReadAsync(PublicationServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var imported = await services.Db.RegisterCases.AsNoTracking().Where(c => c.Partnership == partnership).ToListAsync(ct);
        var publications = await services.Db.Publications.AsNoTracking().Where(p => p.Partnership == partnership).ToListAsync(ct);
        await services.Audit.SaveReadAsync(AuditResource, partnership, ["summary", "location", "gender", "age"], ct);
        return RegisterOfReviews.Of(imported, publications);
    }
}
