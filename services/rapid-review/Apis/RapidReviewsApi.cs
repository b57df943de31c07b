using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Apis;

public static class RapidReviewsApi
{
    public static IEndpointRouteBuilder MapRapidReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rapid-reviews").WithTags("Rapid reviews");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetRapidReview").WithSummary("A rapid review with its milestones and everything recorded (the read is audited)")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("", ListAsync).WithName("ListRapidReviews")
            .WithSummary("Rapid reviews, newest first, a page at a time, optionally for one notification or referral; no case detail")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/{id:guid}/audit", AuditAsync).WithName("GetRapidReviewAuditTrail")
            .WithSummary("Who read or changed a rapid review, when, from where")
            .RequireAuthorization(Policies.ReadAuditTrail);
        return app;
    }

    /// <summary>Contributions, the recommendation's facts and the decision describe the child's life: reading them is on the record.</summary>
    public static async Task<Ok<RapidReviewResponse>> GetAsync(Guid id, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct, tracking: false);
        await services.AuditReadAsync(RapidReviewServices.AuditResource, id, review.RecordedCaseDetail(), ct);
        return TypedResults.Ok(RapidReviewResponse.From(review, services.Clock));
    }

    public static async Task<Ok<PageOf<AuditEntryResponse>>> AuditAsync(Guid id, [AsParameters] PageRequest page, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        // Operators look into any partnership's trail; they never see the case itself.
        var reviews = services.Db.RapidReviews.AsNoTracking();
        if (!(services.User.IsInRole(Roles.Operator) ? await reviews.AnyAsync(r => r.Id == id, ct) : await reviews.VisibleTo(services.User).AnyAsync(r => r.Id == id, ct)))
        {
            throw new NotFoundException("Rapid review", id);
        }

        return TypedResults.Ok(await services.Db.AuditTrailAsync(RapidReviewServices.AuditResource, id, page, ct));
    }

    /// <summary>A page of summaries: no contribution, recommendation or rationale, so listing is not a read of case detail.</summary>
    public static async Task<Ok<PageOf<RapidReviewSummary>>> ListAsync([AsParameters] RapidReviewQuery query, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var reviews = services.Db.RapidReviews.AsNoTracking().VisibleTo(services.User);
        if (query.NotificationId is { } notificationId)
        {
            reviews = reviews.Where(r => r.NotificationId == notificationId);
        }

        if (query.ReferralId is { } referralId)
        {
            reviews = reviews.Where(r => r.ReferralId == referralId);
        }

        return TypedResults.Ok(await query.ReadAsync(reviews.OrderByDescending(r => r.OpenedAt).ThenBy(r => r.Id), r => RapidReviewSummary.From(r, services.Clock), ct));
    }
}
