namespace Safeguarding.Identity.Api.Model;

/// <summary>
/// A front end people sign in through: a public client that must use authorization code with PKCE
/// and may only be sent back to the addresses listed here.
/// </summary>
public sealed class SignInClient
{
    public string ClientId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];
}
