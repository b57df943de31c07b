namespace Safeguarding.RapidReview.Api.Model;

/// <summary>Someone to invite to the meeting, for their agency.</summary>
public sealed record Invitee(string Agency, string AgencyType, string Name, string Email);
