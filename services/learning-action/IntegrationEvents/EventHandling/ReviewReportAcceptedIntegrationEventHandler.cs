using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.LearningAction.Api.IntegrationEvents.EventHandling;

/// <summary>Opens the composite action plan's entries for a review's accepted report: one per recommendation, once.</summary>
public sealed class ReviewReportAcceptedIntegrationEventHandler(
    LearningActionDbContext db, TimeProvider time, IAuditTrail audit, ILogger<ReviewReportAcceptedIntegrationEventHandler> logger)
    : IIntegrationEventHandler<CaseReviewReportAcceptedIntegrationEvent>
{
    public async Task HandleAsync(CaseReviewReportAcceptedIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var existing = await db.Recommendations.Where(r => r.ReviewId == @event.ReviewId).Select(r => r.Code).ToListAsync(cancellationToken);
        var opened = PlanRecommendation.From(@event, time.GetUtcNow()).Where(r => !existing.Contains(r.Code)).ToList();
        foreach (var recommendation in opened)
        {
            db.Recommendations.Add(recommendation);
            audit.Record("create", "plan-recommendation", recommendation.Id.ToString(), "reviewId", "code", "text", "themes");
        }

        logger.LogInformation("Opened {Count} plan entries for review {ReviewId}", opened.Count, @event.ReviewId);
    }
}
