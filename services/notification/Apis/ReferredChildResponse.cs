namespace Safeguarding.Notification.Api.Apis;

public sealed record ReferredChildResponse(string Pseudonym, string? Name, DateOnly? DateOfBirth, int? AgeYears);
