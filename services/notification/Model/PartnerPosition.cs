namespace Safeguarding.Notification.Api.Model;

public sealed class PartnerPosition
{
    /// <summary>local-authority, police or health.</summary>
    public required string Partner { get; set; }

    /// <summary>agree or disagree.</summary>
    public required string Position { get; set; }

    public string? Comment { get; set; }
}
