using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>
/// A notification as a caller may see it. Without need-to-know (or in lists) the child-identifying
/// fields are null and each child is known by a pseudonym; <see cref="IdentifyingDetails"/> says which.
/// </summary>
public sealed record NotificationResponse(
    Guid Id,
    string Partnership,
    string Status,
    NotifierResponse Notifier,
    DateOnly BecameAwareOn,
    DateOnly IncidentOn,
    string? IncidentTime,
    string? IncidentPlace,
    string Nature,
    CriteriaResponse Criteria,
    IReadOnlyList<ChildResponse> Children,
    int NumberOfChildren,
    string? FurtherChildren,
    string? CaseOutline,
    IReadOnlyList<string> LinkedCases,
    DateOnly NotifiedOn,
    DateOnly NotificationDueOn,
    bool MadeLate,
    string? LateReason,
    Guid? ReferralId,
    bool Retrospective,
    string? NewEvidence,
    int AmendmentCount,
    DateOnly? WithdrawnOn,
    string? WithdrawalReason,
    DateTimeOffset CreatedAt,
    string IdentifyingDetails)
{
    public const string Shown = "shown";
    public const string Withheld = "withheld";

    public static NotificationResponse From(SeriousIncidentNotification n, bool identifying) => new(
        n.Id, n.Partnership, n.Status == NotificationStatus.Withdrawn ? "withdrawn" : "notified",
        new NotifierResponse(n.Notifier.LocalAuthority, n.Notifier.Name, n.Notifier.Role, n.Notifier.Telephone, n.Notifier.Email),
        n.BecameAwareOn, n.IncidentOn, n.IncidentTime?.ToString("HH:mm"), identifying ? n.IncidentPlace : null, n.Nature.ToName(),
        new CriteriaResponse(n.Criteria.AbuseOrNeglectKnownOrSuspected, n.Criteria.DiedOrSeriouslyHarmed, n.Criteria.Location,
            n.Criteria.LookedAfterChildDeath),
        n.Children.Select((c, i) => ChildResponse.From(c, i, identifying)).ToList(),
        n.NumberOfChildren, identifying ? n.FurtherChildren : null, identifying ? n.CaseOutline : null, n.LinkedCases,
        n.NotifiedOn, n.NotificationDueOn, n.MadeLate, n.LateReason, n.ReferralId, n.Retrospective, identifying ? n.NewEvidence : null,
        n.AmendmentCount, n.WithdrawnOn, n.WithdrawalReason, n.CreatedAt,
        identifying ? Shown : Withheld);
}
