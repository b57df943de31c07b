using System.Security.Claims;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Screens;

/// <summary>What the person can do next on a rapid review, given their role and where the review stands.</summary>
public static class NextSteps
{
    public static IReadOnlyList<(string Text, string Href)> For(ClaimsPrincipal person, RapidReviewCase review)
    {
        if (!review.IsOpen)
        {
            return [];
        }

        var steps = new List<(string, string)>();
        var at = $"/rapid-reviews/{review.Id}";
        if (person.IsInRole(Roles.BusinessManager))
        {
            if (review.Decision is null)
            {
                steps.Add(("Ask an agency for its contribution", $"{at}/ask-agency"));
            }

            if (review.Meeting is null)
            {
                steps.Add(("Record the rapid review meeting", $"{at}/meeting"));
            }
            else if (review.Recommendation is null)
            {
                steps.Add(("Recommend to the chair", $"{at}/recommend"));
            }

            if (review.Decision is not null && review.Submission is null)
            {
                steps.Add(("Send to the national panel", $"{at}/submit"));
            }
        }

        if (person.IsInRole(Roles.IndependentChair) && review.Recommendation is not null && review.Decision is null)
        {
            steps.Add(("Decide on the recommendation", $"{at}/decide"));
        }

        if (person.IsInRole(Roles.NationalPanel) && review.Submission is not null && review.PanelResponse is null)
        {
            steps.Add(("Record the panel's response", $"{at}/panel-response"));
        }

        var agency = person.FindFirst(ClaimNames.Agency)?.Value;
        // A relevant agency (a school) sends its contribution from its own system: it does not read the rapid review.
        if (person.IsInRole(Roles.PartnerRepresentative) && review.ContributionRequests.Any(r => SameAgency(r.Agency, agency) && r.ReceivedAt is null))
        {
            steps.Add(("Send your agency's contribution", $"{at}/contribute"));
        }

        return steps;
    }

    /// <summary>An agency's name as the platform compares it: trimmed, in any case.</summary>
    public static bool SameAgency(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The confirmation after a step, by the step's address.</summary>
    public static string? Done(string? step) => step switch
    {
        "contribution-requests" => "The agency has been asked for its contribution.",
        "contributions" => "Your agency's contribution has been sent.",
        "meeting" => "The meeting is recorded.",
        "recommendation" => "Your recommendation has gone to the chair.",
        "decision" => "Your decision is recorded.",
        "submission" => "The rapid review has been sent to the national panel.",
        "panel-response" => "The panel's response is recorded, and the rapid review is complete.",
        _ => null,
    };
}
