using System.Security.Claims;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Web.Screens;

/// <summary>The service's name, and the menu each person sees: only what their roles may open.</summary>
public static class Navigation
{
    public const string ServiceName = "Safeguarding case reviews";

    private static readonly NavigationItem[] Items =
    [
        new("Home", "/", []),
        new("Notify a serious incident", "/notifications/new", [Roles.LocalAuthorityNotifier]),
        new("Considered cases", "/referrals", [Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.BusinessManager, Roles.IndependentChair]),
        new("Refer a case", "/referrals/new", [Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.RelevantAgency, Roles.BusinessManager]),
        new("Rapid reviews", "/rapid-reviews", [Roles.LocalAuthorityNotifier, Roles.PartnerRepresentative, Roles.BusinessManager,
            Roles.IndependentChair, Roles.Reviewer, Roles.NationalPanel]),
        new("Action plan", "/actions", [Roles.PartnerRepresentative, Roles.RelevantAgency, Roles.BusinessManager, Roles.IndependentChair]),
        new("Yearly report", "/yearly-report", [Roles.BusinessManager, Roles.IndependentChair]),
        new("Import past cases", "/history-import", [Roles.BusinessManager, Roles.IndependentChair]),
        new("People and agency systems", "/operations/access", [Roles.Operator]),
    ];

    private static readonly Dictionary<string, string> RoleTitles = new(StringComparer.Ordinal)
    {
        [Roles.LocalAuthorityNotifier] = "local authority notifier",
        [Roles.PartnerRepresentative] = "partner representative",
        [Roles.RelevantAgency] = "relevant agency",
        [Roles.BusinessManager] = "business manager",
        [Roles.IndependentChair] = "independent chair",
        [Roles.Reviewer] = "reviewer",
        [Roles.NationalPanel] = "national panel",
        [Roles.Ofsted] = "Ofsted",
        [Roles.Dfe] = "Department for Education",
        [Roles.Operator] = "operator",
    };

    public static IEnumerable<NavigationItem> For(ClaimsPrincipal person) =>
        Items.Where(item => item.Roles.Length == 0 || item.Roles.Any(person.IsInRole));

    public static bool Allows(ClaimsPrincipal person, string href) => For(person).Any(item => item.Href == href);

    /// <summary>The person's roles as people say them, e.g. "business manager".</summary>
    public static string RoleNames(ClaimsPrincipal person) =>
        string.Join(", ", person.FindAll(ClaimNames.Role).Select(role => RoleTitles.GetValueOrDefault(role.Value, role.Value)));
}
