using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Grpc;

/// <summary>What other services may read of a review: its type, dates and accepted recommendations; nothing about the child.</summary>
public sealed class ReviewQueriesService(RapidReviewDbContext db) : ReviewQueries.ReviewQueriesBase
{
    public override async Task<ReviewDetails> GetReview(GetReviewRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ReviewId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "review_id must be a UUID."));
        }

        var review = await db.CaseReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken)
                     ?? throw new RpcException(new Status(StatusCode.NotFound, $"Review {id} was not found."));
        var details = new ReviewDetails
        {
            ReviewId = review.Id.ToString(),
            RapidReviewId = review.RapidReviewId.ToString(),
            Partnership = review.Partnership,
            LocalAuthority = review.LocalAuthority,
            Type = review.Type,
            Status = review.Status == CaseReviewStatus.ReportAccepted ? "report-accepted" : "in-progress",
            DecidedOn = review.DecidedOn.ToString("yyyy-MM-dd"),
            TargetCompletionOn = review.TargetCompletionOn.ToString("yyyy-MM-dd"),
            ExpectedCompletionOn = review.ExpectedCompletionOn.ToString("yyyy-MM-dd"),
            ReportAcceptedOn = review.Report?.AcceptedOn.ToString("yyyy-MM-dd") ?? "",
        };
        if (review.Report is { } report)
        {
            details.LearningThemes.AddRange(report.LearningThemes);
            details.Recommendations.AddRange(report.Recommendations.Select(r => new Safeguarding.Contracts.Reviews.V1.Recommendation { Id = r.Id, Text = r.Text }));
        }

        return details;
    }
}
