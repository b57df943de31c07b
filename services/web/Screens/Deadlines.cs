using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Screens;

/// <summary>
/// The statutory deadlines of the partnership's open rapid reviews, the contributions awaited
/// from agencies and the decisions due on referred cases (escalations included) and the open actions, split into what is overdue, due today, due by the end of this week, and next.
/// </summary>
public sealed record Deadlines(IReadOnlyList<Deadline> Overdue, IReadOnlyList<Deadline> Today, IReadOnlyList<Deadline> ThisWeek, IReadOnlyList<Deadline> Later)
{
    /// <summary>How many of what is due after this week the home page lists: the soonest.</summary>
    public const int LaterShown = 20;

    public static Deadlines From(IEnumerable<RapidReviewRow> reviews, IEnumerable<ContributionRequestRow> requests, IEnumerable<ReferralCase> referrals,
        IEnumerable<ActionRow> actions, DateOnly today)
    {
        var all = reviews.Where(r => r.IsOpen)
            .SelectMany(r => r.Milestones.Where(m => m.CompletedAt is null).Select(m => new Deadline(m.DueOn, $"Day {m.Day}: {m.Description}", Case(r.LocalAuthority, r.NotifiedOn),
                $"/rapid-reviews/{r.Id}")))
            .Concat(requests.Where(c => c.ReceivedAt is null).Select(c => new Deadline(c.DueOn, $"Contribution from {c.Agency} (day {c.DueDay})",
                Case(c.LocalAuthority, c.NotifiedOn), $"/rapid-reviews/{c.RapidReviewId}")))
            .Concat(referrals.Where(r => r.Status is "under-consideration" or "escalated").Select(r => new Deadline(r.DecisionDueOn,
                r.Status == "escalated" ? "Escalated: the chair resolves whether to notify" : "Decide whether to notify",
                $"Referred {EnglishDates.Long(r.ReferredOn)} by {r.ReferringAgency}", $"/referrals/{r.Id}")))
            .Concat(actions.Where(a => a.IsOpen).Select(a => new Deadline(a.DueOn, $"Action for {a.LeadAgency}: {a.Description}",
                a.SourceReference ?? $"From a {a.Source.Replace('-', ' ')}", $"/actions/{a.Id}")))
            .OrderBy(d => d.DueOn).ThenBy(d => d.Case, StringComparer.Ordinal)
            .ToList();
        var endOfWeek = today.AddDays(DayOfWeek.Sunday - today.DayOfWeek + (today.DayOfWeek == DayOfWeek.Sunday ? 0 : 7));
        return new Deadlines(
            [.. all.Where(d => d.DueOn < today)],
            [.. all.Where(d => d.DueOn == today)],
            [.. all.Where(d => d.DueOn > today && d.DueOn <= endOfWeek)],
            [.. all.Where(d => d.DueOn > endOfWeek).Take(LaterShown)]);
    }

    private static string Case(string localAuthority, DateOnly notifiedOn) => $"Notified {EnglishDates.Long(notifiedOn)} by {localAuthority}";
}
