using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.RapidReview.Api.Apis;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Reporting;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Grpc;

/// <summary>
/// What other services may read of a review: its type, dates and accepted recommendations, nothing
/// about the child; and, for the national panel's feed only, the rapid review report, audited.
/// </summary>
public sealed class ReviewQueriesService(RapidReviewDbContext db, IAuditTrail audit) : ReviewQueries.ReviewQueriesBase
{
    public override async Task<ReviewFigures> GetYearlyFigures(ReviewFiguresRequest request, ServerCallContext context)
    {
        var (from, to) = FiguresPeriod.Parse(request.From, request.To);
        var rapidReviews = await db.RapidReviews.AsNoTracking().Where(r => r.Partnership == request.Partnership && r.NotifiedOn <= to)
            .Select(r => new RapidReviewDates(r.NotifiedOn, r.Submission, r.Decision)).ToListAsync(context.CancellationToken);
        var reviews = await db.CaseReviews.AsNoTracking().Where(r => r.Partnership == request.Partnership && r.DecidedOn <= to)
            .ToListAsync(context.CancellationToken);
        var imported = await db.ImportedReviews.AsNoTracking().Where(r => r.Partnership == request.Partnership).ToListAsync(context.CancellationToken);
        return YearlyFigures.Of(rapidReviews, reviews, from, to, imported);
    }

    public override async Task<CountsByYear> GetCountsByYear(CountsByYearRequest request, ServerCallContext context)
    {
        var (from, to) = FiguresYears.Parse(request.FirstYear, request.LastYear);
        var partnerships = request.Partnerships.ToList();
        var rapidReviews = await db.RapidReviews.AsNoTracking()
            .Where(r => r.NotifiedOn >= from && r.NotifiedOn <= to && (partnerships.Count == 0 || partnerships.Contains(r.Partnership)))
            .GroupBy(r => new { r.Partnership, Year = r.NotifiedOn.Month < 4 ? r.NotifiedOn.Year - 1 : r.NotifiedOn.Year })
            .Select(g => new YearCount { Partnership = g.Key.Partnership, Year = g.Key.Year, Measure = "rapid-reviews", Count = g.Count() })
            .ToListAsync(context.CancellationToken);
        var localReviews = await db.CaseReviews.AsNoTracking()
            .Where(r => r.Type == ReviewOutcomes.LocalPracticeReview && r.DecidedOn >= from && r.DecidedOn <= to)
            .Where(r => partnerships.Count == 0 || partnerships.Contains(r.Partnership))
            .GroupBy(r => new { r.Partnership, Year = r.DecidedOn.Month < 4 ? r.DecidedOn.Year - 1 : r.DecidedOn.Year })
            .Select(g => new YearCount { Partnership = g.Key.Partnership, Year = g.Key.Year, Measure = "local-reviews", Count = g.Count() })
            .ToListAsync(context.CancellationToken);
        var imported = (await db.ImportedReviews.AsNoTracking().Where(r => partnerships.Count == 0 || partnerships.Contains(r.Partnership))
            .ToListAsync(context.CancellationToken)).SelectMany(ImportedCounts.Of).Where(c => c.Day >= from && c.Day <= to)
            .Select(c => new YearCount { Partnership = c.Partnership, Year = FiguresYears.Of(c.Day), Measure = c.Measure, Count = 1 });
        return new CountsByYear
        {
            Counts =
            {
                rapidReviews.Concat(localReviews).Concat(imported).GroupBy(c => (c.Partnership, c.Year, c.Measure))
                    .Select(g => new YearCount { Partnership = g.Key.Partnership, Year = g.Key.Year, Measure = g.Key.Measure, Count = g.Sum(c => c.Count) }),
            },
        };
    }

    [Authorize(Policy = Policies.ReadCaseIdentifiers)]
    public override async Task<RapidReviewReport> GetRapidReviewReport(GetRapidReviewReportRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.RapidReviewId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "rapid_review_id must be a UUID."));
        }

        var review = await db.RapidReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken)
                     ?? throw new RpcException(new Status(StatusCode.NotFound, $"Rapid review {id} was not found."));
        if (review is not { Recommendation: { } recommendation, Decision: { } decision })
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Rapid review {id} has no decision yet."));
        }

        await audit.SaveReadAsync(RapidReviewServices.AuditResource, id.ToString(), ["recommendation", "decision"], context.CancellationToken);
        var report = new RapidReviewReport
        {
            RapidReviewId = review.Id.ToString(),
            Partnership = review.Partnership,
            Facts = recommendation.Facts,
            LearningIdentified = recommendation.LearningIdentified,
            ImmediateActions = recommendation.ImmediateActions,
            RecommendedOutcome = recommendation.RecommendedOutcome,
            RecommendationRationale = recommendation.Rationale,
            DecisionOutcome = decision.Outcome,
            DecisionRationale = decision.Rationale,
            DecidedOn = decision.DecidedOn.ToString("yyyy-MM-dd"),
        };
        report.LearningThemes.AddRange(recommendation.LearningThemes);
        return report;
    }

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
