namespace Safeguarding.Web.Platform;

/// <summary>A person with an account: who, for which partnership and agency, in which roles.</summary>
public sealed record PersonRow(string UserName, string DisplayName, string Email, string? Partnership, string Agency, IReadOnlyList<string> Roles);
