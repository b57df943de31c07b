using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Apis;

public sealed record NotificationResponse(
    Guid Id,
    string LocalAuthority,
    DateOnly BecameAwareOn,
    DateOnly IncidentOn,
    string Nature,
    int NumberOfChildren,
    string? CaseOutline,
    DateOnly NotifiedOn,
    DateOnly NotificationDueOn,
    bool MadeLate,
    string? LateReason,
    DateTimeOffset CreatedAt)
{
    public static NotificationResponse From(SeriousIncidentNotification n, bool includeOutline) => new(
        n.Id, n.LocalAuthority, n.BecameAwareOn, n.IncidentOn, n.Nature.ToName(), n.NumberOfChildren,
        includeOutline ? n.CaseOutline : null, n.NotifiedOn, n.NotificationDueOn, n.MadeLate, n.LateReason, n.CreatedAt);
}
