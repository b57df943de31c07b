using System.Security.Claims;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Screens;

/// <summary>What the person can do next on an action: its agencies work on it; the business manager signs it off or sends it back.</summary>
public static class ActionSteps
{
    public static bool WorksOn(ClaimsPrincipal person, ActionRow action) =>
        (person.IsInRole(Roles.PartnerRepresentative) || person.IsInRole(Roles.RelevantAgency))
        && person.FindFirst(ClaimNames.Agency)?.Value is { } agency
        && (NextSteps.SameAgency(action.LeadAgency, agency) || action.ContributingAgencies.Any(a => NextSteps.SameAgency(a, agency)));

    public static IReadOnlyList<(string Text, string Href)> For(ClaimsPrincipal person, ActionRow action)
    {
        var at = $"/actions/{action.Id}";
        var steps = new List<(string, string)>();
        if (action.IsOpen && (WorksOn(person, action) || person.IsInRole(Roles.BusinessManager)))
        {
            steps.Add(("Record progress", $"{at}/progress"));
            steps.Add(("Add evidence", $"{at}/evidence"));
        }

        if (action.Status == "awaiting-sign-off" && person.IsInRole(Roles.BusinessManager))
        {
            steps.Add(("Sign off the action", $"{at}/sign-off"));
            steps.Add(("Send it back to the lead agency", $"{at}/send-back"));
        }

        return steps;
    }

    public static string? Done(string? step) => step switch
    {
        "progress" => "The progress is recorded.",
        "evidence" => "The evidence is added.",
        "completion" => "The action is marked as done. The business manager will sign it off.",
        "sign-off" => "The action is signed off.",
        "send-back" => "The action has gone back to its lead agency.",
        _ => null,
    };
}
