using System.ComponentModel.DataAnnotations;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>The statutory criteria the notifier says apply.</summary>
/// <param name="Location">in-area, or resident-harmed-outside-england; not needed for a looked-after child's death.</param>
/// <param name="LookedAfterChildDeath">The death of a looked-after child: notifiable without suspected abuse or neglect.</param>
public sealed record CriteriaRequest(
    [Required] bool? AbuseOrNeglectKnownOrSuspected,
    [Required] bool? DiedOrSeriouslyHarmed,
    [OneOf("in-area", "resident-harmed-outside-england")] string? Location,
    bool? LookedAfterChildDeath)
{
    /// <summary>Why the criteria are not met for an incident of this <paramref name="nature"/> and these children; empty when they are.</summary>
    public IEnumerable<string> Unmet(string nature, IReadOnlyList<ChildRequest> children)
    {
        if (LookedAfterChildDeath == true)
        {
            if (nature != "child-death")
            {
                yield return "criteria.lookedAfterChildDeath applies only when nature is child-death.";
            }

            if (!children.Any(c => c.LookedAfter == true))
            {
                yield return "criteria.lookedAfterChildDeath needs a child described as lookedAfter.";
            }

            yield break;
        }

        List<string> missing =
        [
            .. AbuseOrNeglectKnownOrSuspected == true ? Array.Empty<string>() : ["abuse or neglect known or suspected"],
            .. DiedOrSeriouslyHarmed == true ? Array.Empty<string>() : ["the child died or was seriously harmed"],
            .. Location is not null ? Array.Empty<string>() : ["in the area, or normally resident and harmed outside England (location)"],
        ];
        if (missing.Count > 0)
        {
            yield return $"The criteria for notification are not met: {string.Join("; ", missing)}. " +
                         "Record a decision not to notify instead, or the death of a looked-after child (lookedAfterChildDeath).";
        }
    }

    public NotificationCriteria ToCriteria() => new()
    {
        AbuseOrNeglectKnownOrSuspected = AbuseOrNeglectKnownOrSuspected!.Value,
        DiedOrSeriouslyHarmed = DiedOrSeriouslyHarmed!.Value,
        Location = Location,
        LookedAfterChildDeath = LookedAfterChildDeath ?? false,
    };
}
