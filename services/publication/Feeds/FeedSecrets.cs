using System.Security.Cryptography;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>Standard Webhooks signing secrets: <c>whsec_</c> and the base64 of the key's bytes.</summary>
public static class FeedSecrets
{
    private const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static bool Valid(string secret)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var buffer = new byte[100];
        return Convert.TryFromBase64String(secret[Prefix.Length..], buffer, out var length) && length is >= 24 and <= 64;
    }
}
