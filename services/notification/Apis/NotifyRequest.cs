namespace Safeguarding.Notification.Api.Apis;

/// <summary>The national serious incident notification form (documents the API; the body is read field by field).</summary>
/// <param name="Notifier">Who at the local authority notifies: localAuthority, name, role, telephone, email.</param>
/// <param name="BecameAwareOn">yyyy-MM-dd: the day the authority became aware; not after today. Due 5 working days later.</param>
/// <param name="IncidentOn">yyyy-MM-dd: the day of the incident; not after <paramref name="BecameAwareOn"/>.</param>
/// <param name="IncidentTime">HH:mm, when known.</param>
/// <param name="IncidentPlace">Where it happened (identifying).</param>
/// <param name="Nature">child-death, serious-harm or other.</param>
/// <param name="Criteria">abuseOrNeglectKnownOrSuspected, diedOrSeriouslyHarmed, location (in-area or resident-harmed-outside-england), lookedAfterChildDeath.</param>
/// <param name="Children">One to four children in detail.</param>
/// <param name="NumberOfChildren">Every child involved, 1 to 50.</param>
/// <param name="FurtherChildren">Children beyond the four, in free text; required when there are more.</param>
/// <param name="CaseOutline">What happened; up to 10,000 characters.</param>
/// <param name="LinkedCases">References of related cases.</param>
/// <param name="LateReason">Required when the notification is made after its 5-working-day deadline.</param>
public sealed record NotifyRequest(
    NotifierRequest Notifier,
    string BecameAwareOn,
    string IncidentOn,
    string? IncidentTime,
    string IncidentPlace,
    string Nature,
    CriteriaRequest Criteria,
    IReadOnlyList<ChildRequest> Children,
    int NumberOfChildren,
    string? FurtherChildren,
    string CaseOutline,
    IReadOnlyList<string>? LinkedCases,
    string? LateReason);

public sealed record NotifierRequest(string LocalAuthority, string Name, string Role, string Telephone, string Email);

/// <param name="Location">in-area, or resident-harmed-outside-england; not needed for a looked-after child's death.</param>
public sealed record CriteriaRequest(bool AbuseOrNeglectKnownOrSuspected, bool DiedOrSeriouslyHarmed, string? Location, bool? LookedAfterChildDeath);

/// <param name="DateOfBirth">yyyy-MM-dd; or give <paramref name="AgeYears"/> when it is not known.</param>
/// <param name="Sex">female, male or not-known.</param>
/// <param name="Ethnicity">DfE census code, e.g. WBRI, MWBC, BAFR, REFU (refused), NOBT (not yet obtained).</param>
/// <param name="Disability">yes, no or not-known.</param>
/// <param name="PlacementType">For a looked-after child: foster-care, kinship-care, childrens-home, secure-childrens-home,
/// placed-with-parents, supported-accommodation, residential-school, adoption-placement, other.</param>
public sealed record ChildRequest(
    string Name,
    string? DateOfBirth,
    int? AgeYears,
    string Sex,
    string Ethnicity,
    string Disability,
    bool LookedAfter,
    bool ChildProtectionPlan,
    bool ChildInNeedPlan,
    IReadOnlyList<string> KnownToAgencies,
    string? PlacementType);
