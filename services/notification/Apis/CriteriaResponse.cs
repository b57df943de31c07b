namespace Safeguarding.Notification.Api.Apis;

public sealed record CriteriaResponse(bool AbuseOrNeglectKnownOrSuspected, bool DiedOrSeriouslyHarmed, string? Location, bool LookedAfterChildDeath);
