using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>The review that follows a rapid review, from the reviewer's appointment to the accepted report.</summary>
public static class CaseReviewsApi
{
    public const string AuditResource = "review";

    public static IEndpointRouteBuilder MapCaseReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reviews").WithTags("Reviews");
        api.MapGet("", ListAsync).WithName("ListReviews")
            .WithSummary("Reviews the chairs decided on, a page at a time, with their expected completion; no case detail")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetReview").WithSummary("A review and everything recorded about it (the read is audited)")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/timeliness", TimelinessAsync).WithName("ReviewTimeliness")
            .WithSummary("Reviews completed within 6 months of the decision, and the recorded reasons for each delay")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapCaseReviewStepsApi();
        return app;
    }

    /// <summary>A page of summaries: the child's voice and the report's findings are read one review at a time, on the record.</summary>
    public static async Task<Ok<PageOf<CaseReviewSummary>>> ListAsync([AsParameters] CaseReviewQuery query, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var reviews = services.Db.CaseReviews.AsNoTracking().VisibleTo(services.User);
        if (query.RapidReviewId is { } rapidReviewId)
        {
            reviews = reviews.Where(r => r.RapidReviewId == rapidReviewId);
        }

        return TypedResults.Ok(await query.ReadAsync(reviews.OrderByDescending(r => r.DecidedOn).ThenBy(r => r.Id), CaseReviewSummary.From, ct));
    }

    public static async Task<Ok<CaseReviewResponse>> GetAsync(Guid id, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadCaseReviewAsync(id, ct, tracking: false);
        await services.AuditReadAsync(AuditResource, id, review.RecordedCaseDetail(), ct);

        return TypedResults.Ok(CaseReviewResponse.From(review));
    }

    public static async Task<Ok<ReviewTimelinessResponse>> TimelinessAsync([FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var accepted = await services.Db.CaseReviews.AsNoTracking().VisibleTo(services.User).Where(r => r.Status == CaseReviewStatus.ReportAccepted).ToListAsync(ct);
        return TypedResults.Ok(Figures(accepted));
    }

    /// <summary>Reviews completed within 6 months of the decision, and each late one with its recorded reasons.</summary>
    public static ReviewTimelinessResponse Figures(IEnumerable<CaseReview> reviews)
    {
        var completed = reviews.Where(r => r.Report is not null).ToList();
        var late = completed.Where(r => r.Report!.AcceptedOn > r.TargetCompletionOn)
            .Select(r => new ReviewDelay(r.Id, r.Type, r.TargetCompletionOn, r.Report!.AcceptedOn,
                [.. r.ParallelProceedings.Select(p => $"{p.Kind}: {p.Reason}"), .. r.Slippages.Select(s => s.Reason)]))
            .ToList();
        return new ReviewTimelinessResponse(completed.Count, completed.Count - late.Count, late);
    }
}
