using Microsoft.AspNetCore.Identity;

namespace Safeguarding.Identity.Api.Model;

/// <summary>
/// A person who signs in (authorization code with PKCE): a business manager, an independent chair,
/// a reviewer, an operator. What they may do comes from their partnership, agency and roles.
/// </summary>
public sealed class SafeguardingUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The partnership the person works for; null for national bodies.</summary>
    public string? Partnership { get; set; }

    public string Agency { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
