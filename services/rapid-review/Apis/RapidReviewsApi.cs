using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Infrastructure;

namespace Safeguarding.RapidReview.Api.Apis;

public static class RapidReviewsApi
{
    public static IEndpointRouteBuilder MapRapidReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rapid-reviews").WithTags("Rapid reviews");
        api.MapGet("/{id}", GetAsync).WithName("GetRapidReview").WithSummary("A rapid review with its milestones")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("", ListAsync).WithName("ListRapidReviews").WithSummary("Rapid reviews, optionally for one notification")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/{id}/audit", AuditAsync).WithName("GetRapidReviewAuditTrail")
            .WithSummary("Who read or changed a rapid review, when, from where")
            .RequireAuthorization(Policies.ReadAuditTrail);
        return app;
    }

    public static async Task<Results<Ok<RapidReviewResponse>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string id, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var reviewId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["id must be a UUID."] });
        }

        var review = await db.RapidReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reviewId, ct);
        // Another partnership's rapid review is indistinguishable from one that does not exist.
        if (review is null || !user.CanSeePartnership(review.Partnership))
        {
            return TypedResults.Problem(title: "Rapid review not found", detail: $"No rapid review has id {reviewId}.", statusCode: StatusCodes.Status404NotFound);
        }

        // Contributions and the recommendation's facts describe the child's life: reading them is on the record.
        string[] identifying = [.. review.Contributions.Count > 0 ? ["contributions"] : Array.Empty<string>(),
            .. review.Recommendation is not null ? ["recommendation"] : Array.Empty<string>()];
        if (identifying.Length > 0)
        {
            await audit.SaveReadAsync(RapidReviewStepsApi.AuditResource, review.Id.ToString(), identifying, ct);
        }

        return TypedResults.Ok(RapidReviewResponse.From(review, time));
    }

    public static async Task<Results<Ok<List<AuditEntryResponse>>, ProblemHttpResult, ValidationProblem>> AuditAsync(
        string id, ClaimsPrincipal user, RapidReviewDbContext db, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var reviewId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["id must be a UUID."] });
        }

        var review = await db.RapidReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reviewId, ct);
        if (review is null || !(user.CanSeePartnership(review.Partnership) || user.IsInRole(Roles.Operator)))
        {
            return TypedResults.Problem(title: "Rapid review not found", detail: $"No rapid review has id {reviewId}.", statusCode: StatusCodes.Status404NotFound);
        }

        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ResourceType == "rapid-review" && a.ResourceId == reviewId.ToString())
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        return TypedResults.Ok(entries.Select(AuditEntryResponse.From).ToList());
    }

    public static async Task<Results<Ok<List<RapidReviewResponse>>, ValidationProblem>> ListAsync(
        HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, CancellationToken ct)
    {
        var query = db.RapidReviews.AsNoTracking();
        if (!user.CanSeeAllPartnerships())
        {
            var partnership = user.Partnership();
            query = query.Where(r => r.Partnership == partnership);
        }

        if (request.Query.TryGetValue("notificationId", out var raw))
        {
            if (!Guid.TryParse(raw, out var notificationId))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["notificationId"] = ["notificationId must be a UUID."] });
            }

            query = query.Where(r => r.NotificationId == notificationId);
        }

        if (request.Query.TryGetValue("referralId", out var rawReferral))
        {
            if (!Guid.TryParse(rawReferral, out var referralId))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["referralId"] = ["referralId must be a UUID."] });
            }

            query = query.Where(r => r.ReferralId == referralId);
        }

        var reviews = await query.OrderByDescending(r => r.OpenedAt).Take(200).ToListAsync(ct);
        return TypedResults.Ok(reviews.Select(r => RapidReviewResponse.From(r, time)).ToList());
    }
}
