namespace Safeguarding.Publication.Api.Model;

/// <summary>How the business manager resolves a hit: the report will use a pseudonym, or the text stays, with a reason.</summary>
public static class HitResolutions
{
    public const string Pseudonym = "pseudonym";
    public const string Accepted = "accepted";
}
