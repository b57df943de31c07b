namespace Safeguarding.Identity.Api.Model;

/// <summary>An agency system allowed to obtain tokens with the client credentials flow.</summary>
public sealed class ClientRegistration
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The partnership the client acts for; empty for national bodies.</summary>
    public string? Partnership { get; set; }

    public string Agency { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
