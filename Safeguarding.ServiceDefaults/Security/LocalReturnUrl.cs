namespace Safeguarding.ServiceDefaults.Security;

/// <summary>Where a sign-in may return to.</summary>
public static class LocalReturnUrl
{
    /// <summary>
    /// Only addresses on this site: never an open redirect to somewhere else. Browsers drop tabs and
    /// line breaks and read a backslash as a slash, so "/\t/evil.example" would leave the site:
    /// control characters and backslashes are refused anywhere in the address.
    /// </summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 1 and <= 4096 } && url[0] == '/' && url[1] != '/'
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')
        && !url.Contains("://", StringComparison.Ordinal);
}
