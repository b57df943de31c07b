namespace Safeguarding.Notification.Api.Apis;

public sealed record ReferralContactResponse(string Name, string Role, string Telephone, string Email);
