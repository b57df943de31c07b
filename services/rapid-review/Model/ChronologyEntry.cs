namespace Safeguarding.RapidReview.Api.Model;

/// <summary>One line of the multi-agency chronology, with the agency that recorded it.</summary>
public sealed record ChronologyEntry(DateOnly? On, string Agency, string AgencyType, string Episode, Guid ContributionId);
