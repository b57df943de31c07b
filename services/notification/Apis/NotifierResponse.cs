namespace Safeguarding.Notification.Api.Apis;

public sealed record NotifierResponse(string LocalAuthority, string Name, string Role, string Telephone, string Email);
