namespace Safeguarding.Web.Platform;

/// <summary>An agency's contribution to a rapid review.</summary>
public sealed record ReceivedContribution(Guid Id, string Agency, string AgencyType, string Involvement, DateTimeOffset SubmittedAt);
