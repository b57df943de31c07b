using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Notification.Api.Grpc;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Tests;

public sealed class ImportedFiguresTests
{
    private static ImportedCase Case(string reference, string? decision, string? decidedOn, string? notifiedOn = null, string? nature = null,
        bool? abuse = null, bool? lookedAfter = null, string? outcome = null) =>
        new(reference, "2016-01", null, decision, decidedOn, notifiedOn, nature, abuse, lookedAfter, null, outcome, null, null, null, null, null, null, []);

    private static ImportedReferral Imported(ImportedCase c) => ImportedReferral.From("northshire", Guid.CreateVersion7(), c)!;

    [Fact]
    public void Imported_cases_count_by_the_dates_that_define_them_a_month_only_date_by_its_first_day()
    {
        ImportedReferral[] imported =
        [
            Imported(Case("Ref050", "notified", "2016-05-04", "2016-05-04", "serious-harm", abuse: true)),
            Imported(Case("Ref051", "notified", "2016-09-13", "2016-09", "child-death", abuse: false, lookedAfter: true)),
            Imported(Case("Ref052", "not-notified", "2016-11")),
            Imported(Case("Ref053", "kept-for-learning", "2017-02", outcome: "case-mapping-exercise")),
            // Decided after the year: not in it.
            Imported(Case("Ref054", "notified", "2017-04", "2017-04-03", "other")),
        ];

        var year = YearlyFigures.Of([], [], new DateOnly(2016, 4, 1), new DateOnly(2017, 3, 31), imported);

        Assert.Equal((4, 2, 1, 1, 1), (year.ReferralsConsidered, year.ReferralsNotified, year.ReferralsNotNotified, year.ReferralsKeptForLearning,
            year.KeptForLearningWithOutcome));
        Assert.Equal((2, 1, 1, 0), (year.Notifications, year.SeriousHarm, year.ChildDeaths, year.OtherNature));
        Assert.Equal((1, 1, 1), (year.AbuseOrNeglectSuspected, year.AbuseOrNeglectNotSuspected, year.LookedAfterChildDeaths));
    }

    [Fact]
    public void A_case_brought_in_again_takes_the_newer_values_and_a_case_with_no_referral_is_not_kept()
    {
        var referral = Imported(Case("Ref052", "not-notified", "2016-11"));
        // A later import: its id's time is later (two ids made in the same millisecond are in no set order).
        var import = Guid.CreateVersion7(DateTimeOffset.UtcNow.AddSeconds(1));

        referral.Take(import, Case("Ref052", "notified", "2016-11-20", "2016-11-20", "other"));

        Assert.Equal(("notified", "2016-11-20", import), (referral.Decision, referral.NotifiedOn.ToString(), referral.ImportId));
        Assert.True(referral.IsNotification);
        Assert.Null(ImportedReferral.From("northshire", import, Case("Ref060", null, null) with { ReferredOn = null }));
    }
}
