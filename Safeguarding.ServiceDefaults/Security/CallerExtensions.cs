using System.Security.Claims;

namespace Safeguarding.ServiceDefaults.Security;

public static class CallerExtensions
{
    /// <summary>The partnership the caller acts for; null for national bodies, which see every partnership.</summary>
    public static string? Partnership(this ClaimsPrincipal user) =>
        user.FindFirst(ClaimNames.Partnership)?.Value is { Length: > 0 } partnership ? partnership : null;

    /// <summary>The agency the caller works for, as the token names it; null when it names none.</summary>
    public static string? Agency(this ClaimsPrincipal user) =>
        user.FindFirst(ClaimNames.Agency)?.Value is { Length: > 0 } agency ? agency : null;

    /// <summary>The business manager and the independent chair see every rapid review meeting of their partnership.</summary>
    public static bool OrganisesMeetings(this ClaimsPrincipal user) =>
        user.Claims.Any(c => c.Type == ClaimNames.Role && Policies.MeetingOrganiserRoles.Contains(c.Value));

    /// <summary>National bodies (the national panel, Ofsted) see every partnership.</summary>
    public static bool CanSeeAllPartnerships(this ClaimsPrincipal user) =>
        user.Claims.Any(c => c.Type == ClaimNames.Role && Policies.NationalRoles.Contains(c.Value));

    /// <summary>Whether the caller may see data of <paramref name="partnership"/> at all.</summary>
    public static bool CanSeePartnership(this ClaimsPrincipal user, string partnership) =>
        user.CanSeeAllPartnerships() || string.Equals(user.Partnership(), partnership, StringComparison.Ordinal);

    /// <summary>Whether the caller's work needs the child's identity (<see cref="Policies.ChildIdentityRoles"/>).</summary>
    public static bool MaySeeChildIdentity(this ClaimsPrincipal user) =>
        user.Claims.Any(c => c.Type == ClaimNames.Role && Policies.ChildIdentityRoles.Contains(c.Value));
}
