using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// Agencies' contributions: asked of named agencies by a working day of the schedule, chased with a
/// reminder before that day and escalated to the business manager after it, and merged into one
/// multi-agency chronology.
/// </summary>
public sealed partial class RapidReview
{
    public List<AgencyContribution> Contributions { get; private set; } = [];

    public List<ContributionRequest> ContributionRequests { get; private set; } = [];

    /// <summary>Asks each agency for its contribution by working day <paramref name="dueDay"/> of the schedule.</summary>
    public IReadOnlyList<ContributionRequest> RequestContributions(IReadOnlyList<(string Agency, string AgencyType)> agencies, int dueDay,
        string requestedBy, WorkingDayCalendar calendar, TimeProvider clock)
    {
        EnsureOpenForContributions();
        var dueOn = calendar.AddWorkingDays(NotifiedOn, dueDay);
        Valid(dueOn >= clock.Today(), "dueDay", $"Day {dueDay} of this rapid review was {dueOn:d MMMM yyyy}: a request must fall due today or later.");
        Valid(agencies.Select(a => a.Agency.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == agencies.Count, "agencies", "Each agency is asked once.");
        foreach (var (agency, _) in agencies)
        {
            Allowed(!ContributionRequests.Any(r => r.ReceivedAt is null && SameAgency(r.Agency, agency)),
                $"{agency} has already been asked for its contribution.");
            Allowed(!Contributions.Any(c => SameAgency(c.Agency, agency)), $"{agency} has already contributed.");
        }

        var now = clock.GetUtcNow();
        var requests = agencies.Select(a => new ContributionRequest
        {
            Id = Guid.CreateVersion7(), Agency = a.Agency.Trim(), AgencyType = a.AgencyType, DueDay = dueDay, DueOn = dueOn, RequestedAt = now, RequestedBy = requestedBy,
        }).ToList();
        foreach (var request in requests)
        {
            ContributionRequests.Add(request);
            Raise(new ContributionRequestedIntegrationEvent(request.Id, Id, Partnership, request.Agency, dueOn), now);
        }

        return requests;
    }

    /// <summary>
    /// An agency's contribution, accepted until the chair decides; it meets the request made of the
    /// agency. An agency contributes only as itself (<paramref name="senderAgency"/>, as its token
    /// names it), so that nobody can answer another agency's request or appear as its author in the
    /// chronology; the business unit (<c>null</c>) records a contribution on any agency's behalf.
    /// </summary>
    public AgencyContribution Contribute(AgencyContribution contribution, string? senderAgency, TimeProvider clock)
    {
        EnsureOpenForContributions();
        Valid(senderAgency is null || SameAgency(contribution.Agency, senderAgency), "agency",
            $"agency must be the sender's own, {senderAgency}: an agency contributes only for itself.");
        var today = clock.Today();
        for (var i = 0; i < contribution.KeyPracticeEpisodes.Count; i++)
        {
            Valid(contribution.KeyPracticeEpisodes[i].On is { } on && on <= today, $"keyPracticeEpisodes[{i}].on", "An episode needs a date, and cannot be dated in the future.");
        }

        Contributions.Add(contribution);
        foreach (var request in ContributionRequests.Where(r => r.ReceivedAt is null && SameAgency(r.Agency, contribution.Agency)))
        {
            request.ReceivedAt = contribution.SubmittedAt;
            request.ContributionId = contribution.Id;
        }

        return contribution;
    }

    /// <summary>
    /// Chases what is still awaited, as of the clock: a reminder once a request falls due within
    /// <paramref name="reminderWorkingDays"/> working days, and an escalation once it is overdue.
    /// Nothing is chased once the chair has decided or the review has closed. Returns how many
    /// requests were chased.
    /// </summary>
    public int ChaseContributions(WorkingDayCalendar calendar, TimeProvider clock, int reminderWorkingDays)
    {
        if (Status != RapidReviewStatus.Open)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var today = clock.Today();
        var remindFrom = calendar.AddWorkingDays(today, reminderWorkingDays);
        var chased = 0;
        foreach (var request in ContributionRequests.Where(r => r is { ReceivedAt: null, EscalatedAt: null }))
        {
            if (request.IsOverdueOn(today))
            {
                request.EscalatedAt = now;
                Raise(new ContributionOverdueIntegrationEvent(request.Id, Id, Partnership, request.Agency, request.DueOn), now);
                chased++;
            }
            else if (request.RemindedAt is null && request.DueOn <= remindFrom)
            {
                request.RemindedAt = now;
                Raise(new ContributionReminderIntegrationEvent(request.Id, Id, Partnership, request.Agency, request.DueOn), now);
                chased++;
            }
        }

        return chased;
    }

    /// <summary>Every agency's dated key practice episodes in one chronology, in date order (any undated last).</summary>
    public IReadOnlyList<ChronologyEntry> Chronology() => Contributions
        .SelectMany(c => c.KeyPracticeEpisodes.Select(e => new ChronologyEntry(e.On, c.Agency, c.AgencyType, e.Episode, c.Id)))
        .OrderBy(e => e.On is null).ThenBy(e => e.On).ThenBy(e => e.Agency, StringComparer.Ordinal)
        .ToList();

    private void EnsureOpenForContributions()
    {
        EnsureNotClosed();
        Allowed(Decision is null, "The chair has decided: contributions are closed.");
    }

    private static bool SameAgency(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
