namespace Safeguarding.Notification.Api.Apis;

/// <summary>The body of a serious incident notification (documents the API; the body is read field by field).</summary>
/// <param name="LocalAuthority">The notifying local authority.</param>
/// <param name="BecameAwareOn">yyyy-MM-dd: the day the authority became aware; not in the future.</param>
/// <param name="IncidentOn">yyyy-MM-dd: the day of the incident; not after <paramref name="BecameAwareOn"/>.</param>
/// <param name="Nature">child-death, serious-harm or other.</param>
/// <param name="NumberOfChildren">1 to 50.</param>
/// <param name="CaseOutline">What happened; up to 10,000 characters.</param>
/// <param name="LateReason">Required when the notification is made after its 5-working-day deadline.</param>
public sealed record NotifyRequest(
    string LocalAuthority,
    string BecameAwareOn,
    string IncidentOn,
    string Nature,
    int NumberOfChildren,
    string CaseOutline,
    string? LateReason);
