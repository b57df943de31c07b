using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Notification.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Grpc;

/// <summary>
/// Adds a partnership's imported history to its figures, each case by the date that defines it as
/// for live ones (a date recorded as a month only, by the month's first day).
/// </summary>
internal static class ImportedFigures
{
    public static void Add(NotificationFigures figures, IReadOnlyCollection<ImportedReferral> imported, DateOnly from, DateOnly to)
    {
        bool In(RecordedDay? day) => day is { FirstDay: var d } && d >= from && d <= to;
        var decided = imported.Where(r => r.Decision is not null && In(r.DecidedOn)).ToList();
        var notified = imported.Where(r => r.IsNotification && In(r.NotifiedOn)).ToList();
        figures.ReferralsConsidered += decided.Count;
        figures.ReferralsNotified += decided.Count(r => r.Decision == "notified");
        figures.ReferralsNotNotified += decided.Count(r => r.Decision == "not-notified");
        figures.ReferralsKeptForLearning += decided.Count(r => r.Decision == "kept-for-learning");
        figures.KeptForLearningWithOutcome += decided.Count(r => r.Decision == "kept-for-learning" && r.HasOutcome);
        figures.Notifications += notified.Count;
        figures.ChildDeaths += notified.Count(r => r.Nature == "child-death");
        figures.SeriousHarm += notified.Count(r => r.Nature == "serious-harm");
        figures.OtherNature += notified.Count(r => r.Nature == "other");
        figures.AbuseOrNeglectSuspected += notified.Count(r => r.AbuseOrNeglectSuspected == true);
        figures.AbuseOrNeglectNotSuspected += notified.Count(r => r.AbuseOrNeglectSuspected == false);
        figures.LookedAfterChildDeaths += notified.Count(r => r.Nature == "child-death" && r.LookedAfter == true);
    }
}
