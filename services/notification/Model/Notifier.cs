namespace Safeguarding.Notification.Api.Model;

/// <summary>Who at the local authority made the notification, for the national panel to contact.</summary>
public sealed class Notifier
{
    public required string LocalAuthority { get; set; }

    public required string Name { get; set; }

    public required string Role { get; set; }

    public required string Telephone { get; set; }

    public required string Email { get; set; }
}
