using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Compliance;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Notification.Api.Model;

/// <summary>
/// A case an agency referred for the partnership to consider for notification. Every referral ends
/// in a decision the independent chair can see: notified, not notified (with a written rationale and
/// each statutory partner's position, escalated to the chair on disagreement), or kept for learning.
/// </summary>
public sealed partial class Referral : Aggregate
{
    public Guid Id { get; init; }

    public required string Partnership { get; init; }

    public ReferralStatus Status { get; private set; }

    public required string ReferringAgency { get; init; }

    public required ReferralContact Contact { get; init; }

    public List<ReferredChild> Children { get; init; } = [];

    [ChildIdentifying]
    public required string WhatHappened { get; init; }

    public DateOnly HappenedOn { get; init; }

    /// <summary>Why the referrer thinks the case meets the criteria for notification.</summary>
    [ChildIdentifying]
    public required string ReasonsForReferral { get; init; }

    public DateOnly ReferredOn { get; init; }

    public required string ReferredBy { get; init; }

    public DateTimeOffset ReferredAt { get; init; }

    /// <summary>
    /// The partnership decides within the notification deadline (5 working days from the day the
    /// referral made the local authority aware).
    /// </summary>
    public DateOnly DecisionDueOn { get; init; }

    public DecisionNotToNotify? DecisionNotToNotify { get; private set; }

    public Escalation? Escalation { get; private set; }

    public LearningRoute? LearningRoute { get; private set; }

    public Guid? NotificationId { get; private set; }

    public DateOnly? NotifiedOn { get; private set; }

    /// <summary>Notified after a decision not to notify (or to keep it for learning), on new evidence.</summary>
    public bool NotifiedRetrospectively { get; private set; }

    public uint Version { get; set; }

    public DateOnly? DecidedOn => Status switch
    {
        ReferralStatus.Notified => NotifiedOn,
        ReferralStatus.NotNotified => Escalation?.Resolution?.ResolvedOn ?? DecisionNotToNotify?.DecidedOn,
        ReferralStatus.KeptForLearning => LearningRoute?.RecordedOn,
        _ => null,
    };

    /// <summary>An agency refers a case; the partnership decides on it within the notification deadline.</summary>
    public static Referral Receive(string partnership, string referringAgency, ReferralContact contact, IReadOnlyList<ReferredChild> children,
        string whatHappened, DateOnly happenedOn, string reasonsForReferral, string referredBy, DateOnly decisionDueOn, TimeProvider clock)
    {
        Valid(happenedOn <= clock.Today(), "happenedOn", "happenedOn cannot be in the future.");
        for (var i = 0; i < children.Count; i++)
        {
            Valid(children[i].DateOfBirth is not { } born || born <= clock.Today(), $"children[{i}].dateOfBirth", "dateOfBirth cannot be in the future.");
        }

        var referral = new Referral
        {
            Id = Guid.CreateVersion7(), Partnership = partnership, Status = ReferralStatus.UnderConsideration, ReferringAgency = referringAgency,
            Contact = contact, Children = [.. children], WhatHappened = whatHappened, HappenedOn = happenedOn, ReasonsForReferral = reasonsForReferral,
            ReferredOn = clock.Today(), ReferredBy = referredBy, ReferredAt = clock.GetUtcNow(), DecisionDueOn = decisionDueOn,
        };
        referral.Raise(new ReferralReceivedIntegrationEvent(referral.Id, referral.ReferredOn, decisionDueOn), referral.ReferredAt);
        return referral;
    }

    /// <summary>
    /// The partnership decides not to notify, with a written rationale and each statutory partner's
    /// position; any partner disagreeing escalates the decision to the independent chair.
    /// </summary>
    public void RecordDecisionNotToNotify(string rationale, IReadOnlyList<PartnerPosition> positions, string recordedBy, TimeProvider clock)
    {
        Allowed(Status == ReferralStatus.UnderConsideration,
            $"The referral is {ReferralStatusNames.ToName(Status)}: a decision not to notify is recorded only while it is under consideration.");
        var today = clock.Today();
        DecisionNotToNotify = new DecisionNotToNotify { Rationale = rationale, DecidedOn = today, RecordedBy = recordedBy, PartnerPositions = [.. positions] };
        var disagreeing = positions.Where(p => p.Position == "disagree").Select(p => p.Partner).ToList();
        if (disagreeing.Count > 0)
        {
            Status = ReferralStatus.Escalated;
            Escalation = new Escalation { OpenedOn = today, DisagreeingPartners = disagreeing };
        }
        else
        {
            Status = ReferralStatus.NotNotified;
        }

        Raise(new DecisionNotToNotifyRecordedIntegrationEvent(Id, today, disagreeing.Count > 0), clock.GetUtcNow());
    }

    /// <summary>The independent chair resolves an escalation: notify, or do not notify.</summary>
    public void ResolveEscalation(string outcome, string reasoning, string resolvedBy, string? resolvedByName, TimeProvider clock)
    {
        Allowed(Status == ReferralStatus.Escalated && Escalation is not null,
            "Only an escalated referral (partners disagreed with not notifying) is resolved by the chair.");
        var today = clock.Today();
        Escalation!.Resolution = new EscalationResolution
        {
            Outcome = outcome, Reasoning = reasoning, ResolvedOn = today, ResolvedBy = resolvedBy, ResolvedByName = resolvedByName,
        };
        Status = outcome == "notify" ? ReferralStatus.NotificationAgreed : ReferralStatus.NotNotified;
        Raise(new EscalationResolvedIntegrationEvent(Id, outcome, today), clock.GetUtcNow());
    }

    /// <summary>Not notifiable, but kept so that learning can still be gathered.</summary>
    public void KeepForLearning(string rationale, string learningActivity, TimeProvider clock)
    {
        Allowed(Status == ReferralStatus.UnderConsideration,
            $"The referral is {ReferralStatusNames.ToName(Status)}: only a referral under consideration can be kept for learning.");
        var today = clock.Today();
        Status = ReferralStatus.KeptForLearning;
        LearningRoute = new LearningRoute { Rationale = rationale, LearningActivity = learningActivity, RecordedOn = today };
        Raise(new ReferralKeptForLearningIntegrationEvent(Id, today, OutcomeRecorded: false), clock.GetUtcNow());
    }

    /// <summary>What the learning gathered from a case kept for learning came to, recorded once.</summary>
    public void RecordLearningOutcome(string outcome, TimeProvider clock)
    {
        Allowed(Status == ReferralStatus.KeptForLearning && LearningRoute is { Outcome: null },
            "The referral is not kept for learning, or its outcome is already recorded.");
        var today = clock.Today();
        LearningRoute!.Outcome = outcome;
        LearningRoute.OutcomeRecordedOn = today;
        Raise(new ReferralKeptForLearningIntegrationEvent(Id, today, OutcomeRecorded: true), clock.GetUtcNow());
    }

    /// <summary>The considered case a notification made without a referral is recorded as, so the chair's list is complete.</summary>
    private static Referral ConsideredCase(SeriousIncidentNotification n, NotificationForm form, string referredBy, DateOnly decisionDueOn) => new()
    {
        Id = n.ReferralId!.Value,
        Partnership = n.Partnership,
        Status = ReferralStatus.Notified,
        ReferringAgency = form.Notifier.LocalAuthority,
        Contact = new ReferralContact { Name = form.Notifier.Name, Role = form.Notifier.Role, Telephone = form.Notifier.Telephone, Email = form.Notifier.Email },
        Children = form.Children.Select(c => new ReferredChild { Name = c.Name, DateOfBirth = c.DateOfBirth, AgeYears = c.AgeYears }).ToList(),
        WhatHappened = form.CaseOutline,
        HappenedOn = form.IncidentOn,
        ReasonsForReferral = "Notified directly by the local authority.",
        ReferredOn = n.NotifiedOn,
        ReferredBy = referredBy,
        ReferredAt = n.CreatedAt,
        DecisionDueOn = decisionDueOn,
        NotificationId = n.Id,
        NotifiedOn = n.NotifiedOn,
    };
}
