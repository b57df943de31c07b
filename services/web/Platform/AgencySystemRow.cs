namespace Safeguarding.Web.Platform;

/// <summary>An agency's system registered to call the platform (client credentials), without its secret.</summary>
public sealed record AgencySystemRow(string ClientId, string DisplayName, string? Partnership, string Agency, IReadOnlyList<string> Roles);
