using System.Security.Claims;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// The national bodies data leaves the partnership for, each with the role its feed reader holds.
/// A reader reads its own body's feed only.
/// </summary>
public static class FeedRecipients
{
    public const string NationalPanel = "national-panel";
    public const string Dfe = "dfe";
    public const string Ofsted = "ofsted";
    public const string Repository = "case-review-repository";

    public static readonly IReadOnlyDictionary<string, string> RoleOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NationalPanel] = Roles.NationalPanel, [Dfe] = Roles.Dfe, [Ofsted] = Roles.Ofsted, [Repository] = Roles.CaseReviewRepository,
    };

    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)RoleOf.Keys;

    /// <summary>The bodies a final report must reach at least 7 working days before it is published.</summary>
    public static readonly IReadOnlyList<string> NoticeOfPublication = [NationalPanel, Dfe, Ofsted];

    public static bool Reads(this ClaimsPrincipal user, string recipient) =>
        RoleOf.TryGetValue(recipient, out var role) && user.IsInRole(role);
}
