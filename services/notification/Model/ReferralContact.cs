namespace Safeguarding.Notification.Api.Model;

public sealed class ReferralContact
{
    public required string Name { get; set; }

    public required string Role { get; set; }

    public required string Telephone { get; set; }

    public required string Email { get; set; }
}
