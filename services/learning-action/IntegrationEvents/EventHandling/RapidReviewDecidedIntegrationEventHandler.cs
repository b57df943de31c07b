using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.LearningAction.Api.IntegrationEvents.EventHandling;

/// <summary>Keeps the learning themes of a rapid review the chair has decided on, once, for the heat map.</summary>
public sealed class RapidReviewDecidedIntegrationEventHandler(LearningActionDbContext db, TimeProvider time, IAuditTrail audit)
    : IIntegrationEventHandler<RapidReviewDecidedIntegrationEvent>
{
    public async Task HandleAsync(RapidReviewDecidedIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.RapidReviewLearning.FindAsync([@event.RapidReviewId], cancellationToken) is not null)
        {
            return;
        }

        db.RapidReviewLearning.Add(RapidReviewLearning.From(@event, time.GetUtcNow()));
        audit.Record("create", "rapid-review-learning", @event.RapidReviewId.ToString(), "outcome", "decidedOn", "themes");
    }
}
