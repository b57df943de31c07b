namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// One case of an imported register as the services keep it. Dates are yyyy-MM-dd, or yyyy-MM when
/// the register recorded only the month; codes are kebab-case (decision <c>notified</c>,
/// <c>not-notified</c>, <c>kept-for-learning</c>; nature <c>child-death</c>, <c>serious-harm</c>,
/// <c>other</c>; outcome a review type, <c>serious-case-review</c> for the reviews before 2019, or
/// <c>no-further-action</c>). One line for each step: the referral and decision, the notification, the
/// rapid review, the review, its publication.
/// </summary>
public sealed record ImportedCase(
    string Reference, string? ReferredOn, string? ReferringAgency, string? Decision, string? DecidedOn,
    string? NotifiedOn, string? Nature, bool? AbuseOrNeglectSuspected, bool? LookedAfter,
    string? RapidReviewOn, string? Outcome,
    string? ReviewDecidedOn, string? AuthorAppointed, string? ReportToPartnership, string? ReportToPanel,
    string? Published, string? PublicationDelayReason, IReadOnlyList<string> LearningThemes);
