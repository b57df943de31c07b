namespace Safeguarding.Web.Platform;

/// <summary>The rapid review meeting as recorded.</summary>
public sealed record HeldMeeting(DateOnly HeldOn, bool LocalAuthorityAttended, bool PoliceAttended, bool HealthAttended);
