using System.Text.Json;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.ServiceDefaults.Compliance;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Notification.Api.Model;

/// <summary>
/// A local authority's notification to the national panel that a child has died or been seriously
/// harmed where abuse or neglect is known or suspected (or a looked-after child has died), with the
/// data the national form asks for.
/// </summary>
public sealed class SeriousIncidentNotification : Aggregate
{
    public Guid Id { get; init; }

    /// <summary>The safeguarding partnership whose area the incident belongs to; nothing crosses partnerships.</summary>
    public required string Partnership { get; init; }

    public NotificationStatus Status { get; set; }

    public required Notifier Notifier { get; set; }

    /// <summary>The day the local authority became aware of the incident: the notification clock starts here.</summary>
    public DateOnly BecameAwareOn { get; set; }

    public DateOnly IncidentOn { get; set; }

    public TimeOnly? IncidentTime { get; set; }

    [ChildIdentifying]
    public required string IncidentPlace { get; set; }

    public IncidentNature Nature { get; set; }

    public required NotificationCriteria Criteria { get; set; }

    /// <summary>Up to four children in detail.</summary>
    public List<NotifiedChild> Children { get; set; } = [];

    /// <summary>Every child involved, including those only described in <see cref="FurtherChildren"/>.</summary>
    public int NumberOfChildren { get; set; }

    /// <summary>Children beyond the four described in detail, in free text.</summary>
    [ChildIdentifying]
    public string? FurtherChildren { get; set; }

    [ChildIdentifying]
    public required string CaseOutline { get; set; }

    /// <summary>References of related cases (earlier notifications, reviews, siblings' cases).</summary>
    public List<string> LinkedCases { get; set; } = [];

    public DateOnly NotifiedOn { get; init; }

    /// <summary>Five working days after <see cref="BecameAwareOn"/>.</summary>
    public DateOnly NotificationDueOn { get; set; }

    public bool MadeLate { get; set; }

    public string? LateReason { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? NotifiedBy { get; init; }

    /// <summary>The referral this notification followed, when it followed one.</summary>
    public Guid? ReferralId { get; init; }

    /// <summary>Made after the partnership had decided not to notify, because new evidence came to light.</summary>
    public bool Retrospective { get; init; }

    /// <summary>The new evidence that led to a retrospective notification.</summary>
    [ChildIdentifying]
    public string? NewEvidence { get; init; }

    public int AmendmentCount { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawalReason { get; set; }

    /// <summary>Optimistic concurrency: two amendments made at once cannot both win.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// The local authority notifies the national panel with a checked form, today: the rapid
    /// review opens when the notification is announced. A retrospective notification (after a
    /// decision not to notify) says what new evidence came to light.
    /// </summary>
    public static SeriousIncidentNotification Notify(string partnership, NotificationForm form, string? notifiedBy, Guid referralId,
        bool retrospective, string? newEvidence, TimeProvider clock)
    {
        Valid(!retrospective || newEvidence is not null, "newEvidence", "newEvidence must say what came to light since the decision not to notify.");
        var notification = new SeriousIncidentNotification
        {
            Id = Guid.CreateVersion7(),
            Partnership = partnership,
            Status = NotificationStatus.Notified,
            Notifier = form.Notifier,
            IncidentPlace = form.IncidentPlace,
            Criteria = form.Criteria,
            CaseOutline = form.CaseOutline,
            NotifiedOn = clock.Today(),
            NotifiedBy = notifiedBy,
            CreatedAt = clock.GetUtcNow(),
            ReferralId = referralId,
            Retrospective = retrospective,
            NewEvidence = retrospective ? newEvidence : null,
        };
        form.ApplyTo(notification);
        notification.Raise(new SeriousIncidentNotifiedIntegrationEvent(notification.Id, notification.NotifiedOn, referralId, retrospective),
            notification.CreatedAt);
        return notification;
    }

    /// <summary>A withdrawn notification is not amended.</summary>
    public void EnsureAmendable() => Allowed(Status != NotificationStatus.Withdrawn, "The notification was withdrawn: a withdrawn notification cannot be amended.");

    /// <summary>
    /// Replaces the form with the amended one, checked as a whole; <paramref name="changed"/> names
    /// what differs, with each changed field's value <paramref name="before"/> and <paramref name="after"/>.
    /// Returns the amendment for the notification's history.
    /// </summary>
    public NotificationAmendment Amend(NotificationForm amended, IReadOnlyList<string> changed, string reason, Amender by,
        JsonDocument before, JsonDocument after, TimeProvider clock)
    {
        EnsureAmendable();
        Valid(changed.Count > 0, "changes", "changes change nothing.");
        amended.ApplyTo(this);
        AmendmentCount++;
        Raise(new NotificationAmendedIntegrationEvent(Id, AmendmentCount, [.. changed], clock.Today()), clock.GetUtcNow());
        return new NotificationAmendment
        {
            NotificationId = Id, Number = AmendmentCount, AmendedAt = clock.GetUtcNow(), AmendedBy = by.Subject, AmendedByName = by.Name,
            Agency = by.Agency, Reason = reason, ChangedFields = [.. changed], Before = before, After = after,
        };
    }

    /// <summary>Withdraws a notification that turned out not to meet the criteria; its rapid review closes.</summary>
    public void Withdraw(string reason, TimeProvider clock)
    {
        Allowed(Status != NotificationStatus.Withdrawn, $"The notification was withdrawn on {WithdrawnOn:yyyy-MM-dd}.");
        Status = NotificationStatus.Withdrawn;
        WithdrawnOn = clock.Today();
        WithdrawalReason = reason;
        Raise(new NotificationWithdrawnIntegrationEvent(Id, WithdrawnOn.Value), clock.GetUtcNow());
    }
}
