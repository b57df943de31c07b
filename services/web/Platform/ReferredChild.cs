namespace Safeguarding.Web.Platform;

/// <summary>A child on a referral: a pseudonym always ("Child A"), the name only with need-to-know.</summary>
public sealed record ReferredChild(string Pseudonym, string? Name, int? AgeYears);
