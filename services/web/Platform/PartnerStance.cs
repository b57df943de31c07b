namespace Safeguarding.Web.Platform;

/// <summary>A statutory partner's position on not notifying: agree, or disagree with a comment.</summary>
public sealed record PartnerStance(string Partner, string Position, string? Comment);
