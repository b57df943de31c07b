using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// Scheduling: the final report goes to the national panel and the Secretary of State at least
/// 7 working days before it is published, and nothing is published with an identifier unresolved.
/// </summary>
public sealed partial class Publication
{
    public const int NoticeWorkingDays = 7;

    public DateOnly? SentToNationalBodiesOn { get; private set; }

    public DateOnly? PublishOn { get; private set; }

    public string? ScheduledBy { get; private set; }

    /// <summary>
    /// The earliest lawful date counts 7 working days from the next working day after the report
    /// was sent (as every "within N working days" in the statutory guidance is counted).
    /// </summary>
    public void Schedule(DateOnly publishOn, DateOnly sentToNationalBodiesOn, string by, WorkingDayCalendar calendar, TimeProvider clock)
    {
        var today = clock.Today();
        Valid(calendar.Covers(sentToNationalBodiesOn), "sentToNationalBodiesOn", $"sentToNationalBodiesOn is outside the calendar ({calendar.CoveredFrom} to {calendar.CoveredTo}).");
        Valid(calendar.Covers(publishOn), "publishOn", $"publishOn is outside the calendar ({calendar.CoveredFrom} to {calendar.CoveredTo}).");
        Valid(sentToNationalBodiesOn <= today, "sentToNationalBodiesOn", "sentToNationalBodiesOn is a date that has passed, not one to come.");
        Valid(publishOn >= today, "publishOn", "publishOn is today or later.");
        Allowed(CurrentReport is not null, "There is no final report to publish yet.");
        Allowed(!Settled, $"Publication is already {Status}.");
        Allowed(UnresolvedHits == 0, $"{UnresolvedHits} identifier hits in the report are unresolved: resolve each before publication is scheduled.");
        // A pseudonym is a decision about the text, not a change to the file: the version published must carry it.
        var pseudonyms = CurrentHits.Count(h => h.Resolution == HitResolutions.Pseudonym);
        Allowed(pseudonyms == 0,
            $"{pseudonyms} identifier hits are to be replaced by pseudonyms: upload the version with the pseudonyms in place (it is checked again) before publication is scheduled.");
        var earliest = calendar.AddWorkingDays(sentToNationalBodiesOn, NoticeWorkingDays);
        Allowed(publishOn >= earliest,
            $"The national bodies have the report for {NoticeWorkingDays} working days before publication: the earliest lawful date is {earliest:yyyy-MM-dd}.");
        SentToNationalBodiesOn = sentToNationalBodiesOn;
        PublishOn = publishOn;
        ScheduledBy = by;
        Status = PublicationStatus.Scheduled;
        LastChangedAt = clock.GetUtcNow();
    }
}
