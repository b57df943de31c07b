using Microsoft.Extensions.Time.Testing;
using Safeguarding.Notification.Api.Grpc;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Tests;

public sealed class YearlyFiguresTests
{
    private static readonly DateOnly Christmas = new(2026, 12, 23);

    [Fact]
    public void Referrals_count_by_the_day_they_were_decided_and_notifications_by_the_day_they_were_made()
    {
        var notNotified = Refer();
        notNotified.RecordDecisionNotToNotify("Accidental injury.", Positions("agree"), "Priya Shah", On(Christmas));
        var disputed = Refer();
        disputed.RecordDecisionNotToNotify("Accidental injury.", Positions("disagree"), "Priya Shah", On(Christmas));
        // Considered before Christmas but decided in the new year.
        var kept = Refer();
        kept.KeepForLearning("Below the threshold.", "Case mapping with the school.", On(new DateOnly(2027, 1, 5)));
        var made = SeriousIncidentNotification.Notify("northshire", Forms.Valid(), "la", Guid.NewGuid(), false, null, On(Christmas));
        var withdrawn = SeriousIncidentNotification.Notify("northshire", Forms.Valid(), "la", Guid.NewGuid(), false, null, On(Christmas));
        withdrawn.Withdraw("Not a serious incident after all.", On(Christmas));
        Referral[] referrals = [notNotified, disputed, kept];
        SeriousIncidentNotification[] notifications = [made, withdrawn];

        var year = YearlyFigures.Of(referrals, notifications, new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 31));
        Assert.Equal((1, 0, 1, 0), (year.ReferralsConsidered, year.ReferralsNotified, year.ReferralsNotNotified, year.ReferralsKeptForLearning));
        Assert.Equal(1, year.Escalations);
        Assert.Equal((1, 1, 0, 1, 0, 1), (year.Notifications, year.SeriousHarm, year.ChildDeaths, year.AbuseOrNeglectSuspected, year.LookedAfterChildDeaths,
            year.Withdrawn));

        var quarter = YearlyFigures.Of(referrals, notifications, new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));
        Assert.Equal((1, 1, 0, 0, 0), (quarter.ReferralsConsidered, quarter.ReferralsKeptForLearning, quarter.Escalations, quarter.Notifications, quarter.Withdrawn));
    }

    private static FakeTimeProvider On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));

    private static Referral Refer() => Referral.Receive("northshire", "Northshire Academy",
        new ReferralContact { Name = "Dan Lead", Role = "DSL", Telephone = "01632 960 456", Email = "dsl@academy.example" },
        [new ReferredChild { Name = "Olivia Testchild", AgeYears = 7 }], "Bruising seen at school.", new DateOnly(2026, 12, 20), "Injury unexplained.",
        "school", new DateOnly(2027, 1, 4), On(new DateOnly(2026, 12, 21)));

    private static List<PartnerPosition> Positions(string police) =>
    [
        new() { Partner = "local-authority", Position = "agree" }, new() { Partner = "police", Position = police, Comment = police == "disagree" ? "c" : null },
        new() { Partner = "health", Position = "agree" },
    ];
}
