using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Grpc;

/// <summary>
/// A partnership's referrals and notifications over a period, as its yearly report counts them:
/// a referral by the day it was decided, a notification by the day it was made, an escalation by
/// the day it opened. Counts only.
/// </summary>
internal static class YearlyFigures
{
    public static NotificationFigures Of(IReadOnlyCollection<Referral> referrals, IReadOnlyCollection<SeriousIncidentNotification> notifications,
        DateOnly from, DateOnly to, IReadOnlyCollection<ImportedReferral>? imported = null)
    {
        var figures = Live(referrals, notifications, from, to);
        ImportedFigures.Add(figures, imported ?? [], from, to);
        return figures;
    }

    private static NotificationFigures Live(IReadOnlyCollection<Referral> referrals, IReadOnlyCollection<SeriousIncidentNotification> notifications,
        DateOnly from, DateOnly to)
    {
        bool In(DateOnly? day) => day is { } d && d >= from && d <= to;
        var decided = referrals.Where(r => In(r.DecidedOn)).ToList();
        var made = notifications.Where(n => In(n.NotifiedOn)).ToList();
        var standing = made.Where(n => n.Status != NotificationStatus.Withdrawn).ToList();
        return new NotificationFigures
        {
            ReferralsConsidered = decided.Count,
            ReferralsNotified = decided.Count(r => r.Status == ReferralStatus.Notified),
            ReferralsNotNotified = decided.Count(r => r.Status == ReferralStatus.NotNotified),
            ReferralsKeptForLearning = decided.Count(r => r.Status == ReferralStatus.KeptForLearning),
            KeptForLearningWithOutcome = decided.Count(r => r.Status == ReferralStatus.KeptForLearning && r.LearningRoute?.Outcome is { Length: > 0 }),
            Escalations = referrals.Count(r => In(r.Escalation?.OpenedOn)),
            Notifications = standing.Count,
            ChildDeaths = standing.Count(n => n.Nature == IncidentNature.ChildDeath),
            SeriousHarm = standing.Count(n => n.Nature == IncidentNature.SeriousHarm),
            OtherNature = standing.Count(n => n.Nature == IncidentNature.Other),
            AbuseOrNeglectSuspected = standing.Count(n => n.Criteria.AbuseOrNeglectKnownOrSuspected),
            AbuseOrNeglectNotSuspected = standing.Count(n => !n.Criteria.AbuseOrNeglectKnownOrSuspected),
            LookedAfterChildDeaths = standing.Count(n => n.Criteria.LookedAfterChildDeath),
            Withdrawn = made.Count - standing.Count,
        };
    }
}
