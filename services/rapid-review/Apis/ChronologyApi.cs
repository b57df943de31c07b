using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>The multi-agency chronology: every agency's dated key practice episodes in one list, to read or to take to the meeting.</summary>
public static class ChronologyApi
{
    public static IEndpointRouteBuilder MapChronologyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rapid-reviews/{id:guid}").WithTags("Rapid reviews");
        api.MapGet("/chronology", GetAsync).WithName("GetRapidReviewChronology")
            .WithSummary("Every agency's dated key practice episodes merged in date order, each with the agency that recorded it (the read is audited)")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/chronology.csv", DownloadAsync).WithName("DownloadRapidReviewChronology")
            .WithSummary("The same chronology as a CSV file for the rapid review meeting (the download is audited)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .RequireAuthorization(Policies.ReadRapidReviews);
        return app;
    }

    public static async Task<Ok<ChronologyResponse>> GetAsync(Guid id, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await ReadAsync(id, services, ct);
        return TypedResults.Ok(new ChronologyResponse(review.Id, review.Contributions.Select(c => c.Agency).Distinct().ToList(), review.Chronology()));
    }

    public static async Task<FileContentHttpResult> DownloadAsync(Guid id, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await ReadAsync(id, services, ct);
        return TypedResults.File(ChronologyCsv.Write(review.Chronology()), "text/csv; charset=utf-8", $"rapid-review-{review.Id}-chronology.csv");
    }

    /// <summary>The episodes describe the child's life: the read is on the record before anything is answered.</summary>
    private static Task<Model.RapidReview> ReadAsync(Guid id, RapidReviewServices services, CancellationToken ct) =>
        services.ReadAsync(id, ["chronology"], ct);
}
