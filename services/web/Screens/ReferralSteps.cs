using System.Security.Claims;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Screens;

/// <summary>What the person can do next on a considered case, given their role and the case's status.</summary>
public static class ReferralSteps
{
    public static IReadOnlyList<(string Text, string Href)> For(ClaimsPrincipal person, ReferralCase referral)
    {
        var steps = new List<(string, string)>();
        var at = $"/referrals/{referral.Id}";
        if (referral.Status == "under-consideration"
            && (person.IsInRole(Roles.BusinessManager) || person.IsInRole(Roles.PartnerRepresentative) || person.IsInRole(Roles.LocalAuthorityNotifier)))
        {
            steps.Add(("Record a decision not to notify", $"{at}/not-to-notify"));
        }

        if (referral.Status == "escalated" && person.IsInRole(Roles.IndependentChair))
        {
            steps.Add(("Resolve the escalation", $"{at}/resolve"));
        }

        return steps;
    }

    public static string? Done(string? step) => step switch
    {
        "referred" => "The case has been referred. The partnership decides within 5 working days whether to notify it.",
        "decision-not-to-notify" => "The decision not to notify is recorded.",
        "escalation/resolution" => "Your resolution of the escalation is recorded.",
        _ => null,
    };
}
