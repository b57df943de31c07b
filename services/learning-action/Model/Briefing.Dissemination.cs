using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>A published briefing's dissemination by its agencies, the gaps, and the chase of agencies that show none.</summary>
public sealed partial class Briefing
{
    public static readonly string[] Methods = [Dissemination.TeamMeeting, Dissemination.Email, Dissemination.Training, Dissemination.Supervision, Dissemination.Other];

    public List<Dissemination> Disseminations { get; private set; } = [];

    public List<DisseminationChase> Chases { get; private set; } = [];

    /// <summary>An expected agency's record of dissemination (several per agency may be recorded), on or after publication and not in the future.</summary>
    public Dissemination RecordDissemination(string agency, IReadOnlyList<string> teams, int practitioners, DateOnly on, string method, string? feedback,
        string by, TimeProvider clock)
    {
        Allowed(Status == BriefingStatus.Published, $"The briefing is {Status}: dissemination is recorded once it is published.");
        var expected = Agencies.FirstOrDefault(a => string.Equals(a, agency.Trim(), StringComparison.OrdinalIgnoreCase));
        Allowed(expected is not null, $"{agency} is not one of the agencies expected to disseminate this briefing.");
        Valid(practitioners >= 1, "practitioners", "practitioners is at least 1.");
        Valid(Methods.Contains(method), "method", $"method is one of {string.Join(", ", Methods)}.");
        Valid(on <= clock.Today(), "on", "The date of dissemination cannot be in the future.");
        Valid(on >= PublishedOn, "on", $"The date of dissemination cannot be before the briefing was published ({PublishedOn:yyyy-MM-dd}).");
        var record = new Dissemination
        {
            Id = Guid.CreateVersion7(), Agency = expected!, Teams = [.. teams.Select(t => t.Trim()).Where(t => t.Length > 0)], Practitioners = practitioners,
            On = on, Method = method, Feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim(), RecordedBy = by, RecordedAt = clock.GetUtcNow(),
        };
        Disseminations.Add(record);
        LastChangedAt = record.RecordedAt;
        return record;
    }

    /// <summary>Each expected agency's dissemination, in the order the briefing names them.</summary>
    public IReadOnlyList<AgencyDissemination> DisseminationByAgency() =>
    [
        .. Agencies.Select(agency =>
        {
            var records = Disseminations.Where(d => string.Equals(d.Agency, agency, StringComparison.OrdinalIgnoreCase)).ToList();
            return new AgencyDissemination(agency, records.Count > 0, records.Count, records.Sum(d => d.Practitioners),
                [.. records.SelectMany(d => d.Teams).Distinct(StringComparer.OrdinalIgnoreCase)],
                Chases.FirstOrDefault(c => string.Equals(c.Agency, agency, StringComparison.OrdinalIgnoreCase))?.On);
        }),
    ];

    /// <summary>The expected agencies that have shown no dissemination.</summary>
    public IReadOnlyList<string> Gaps => [.. DisseminationByAgency().Where(a => !a.Disseminated).Select(a => a.Agency)];

    /// <summary>The day from which an agency without dissemination is chased: <paramref name="dueWorkingDays"/> working days after publication.</summary>
    public DateOnly? DisseminationDueOn(int dueWorkingDays, WorkingDayCalendar calendar) =>
        PublishedOn is { } published ? calendar.AddWorkingDays(published, dueWorkingDays) : null;

    /// <summary>
    /// Once the briefing has been published more than <paramref name="dueWorkingDays"/> working days,
    /// chases each expected agency with no dissemination, once: recorded and announced. Returns how many.
    /// </summary>
    public int ChaseDissemination(int dueWorkingDays, WorkingDayCalendar calendar, TimeProvider clock)
    {
        var today = clock.Today();
        if (Status != BriefingStatus.Published || PublishedOn is not { } published || calendar.WorkingDaysBetween(published, today) <= dueWorkingDays)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var chased = 0;
        foreach (var agency in Gaps.Where(a => !Chases.Any(c => string.Equals(c.Agency, a, StringComparison.OrdinalIgnoreCase))))
        {
            Chases.Add(new DisseminationChase { Agency = agency, On = today, At = now });
            Raise(new DisseminationOverdueIntegrationEvent(Id, Partnership, agency, published), now);
            chased++;
        }

        if (chased > 0)
        {
            LastChangedAt = now;
        }

        return chased;
    }
}
