namespace Safeguarding.Web.Platform;

/// <summary>A contribution asked of an agency for a rapid review; no case detail.</summary>
public sealed record ContributionRequestRow(Guid Id, Guid RapidReviewId, string LocalAuthority, DateOnly NotifiedOn, string Agency, string AgencyType, int DueDay,
    DateOnly DueOn, string Status, DateTimeOffset? ReceivedAt);
