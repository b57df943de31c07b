namespace Safeguarding.Identity.Api.Model;

/// <summary>A person's account as an operator (or the development configuration) describes it.</summary>
public sealed class UserRegistration
{
    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>The partnership the person works for; empty for national bodies.</summary>
    public string? Partnership { get; set; }

    public string Agency { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>The initial password; only ever stored as a hash.</summary>
    public string Password { get; set; } = "";
}
