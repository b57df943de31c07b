using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.RapidReview.Api.Grpc;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Tests;

public sealed class ImportedFiguresTests
{
    private static ImportedReview Imported(string reference, string? notifiedOn, string? rapidReviewOn, string? outcome, string? started = null,
        string? completed = null) =>
        ImportedReview.From("northshire", Guid.NewGuid(), new ImportedCase(reference, null, null, "notified", null, notifiedOn, "serious-harm", true, false,
            rapidReviewOn, outcome, started, null, completed, null, null, null, []), WorkingDayCalendar.EnglandAndWales)!;

    [Fact]
    public void Imported_rapid_reviews_decisions_and_reviews_count_by_the_dates_that_define_them()
    {
        ImportedReview[] imported =
        [
            // Sent 10 working days after the notification: on time.
            Imported("Ref055", "2018-02-15", "2018-03-01", "serious-case-review", "2018-03", "2018-09"),
            // Sent in March 2018, a month only: its timeliness is not known.
            Imported("Ref056", "2018-02-20", "2018-03", ReviewOutcomes.NoFurtherAction),
            // Notified in the year before: counted as sent in this one, not as opened.
            Imported("Ref054", "2017-03-30", "2017-04-20", ReviewOutcomes.LocalPracticeReview, "2017-05-02"),
        ];

        var year = YearlyFigures.Of([], [], new DateOnly(2017, 4, 1), new DateOnly(2018, 3, 31), imported);

        // Ref056's month and Ref054's year before the working-day calendar leave their timeliness unknown.
        Assert.Equal((2, 3, 1, 2), (year.RapidReviews, year.Submitted, year.SubmittedWithin15WorkingDays, year.SubmittedTimelinessUnknown));
        Assert.Equal([("local-child-safeguarding-practice-review", 1), ("no-further-action", 1), ("serious-case-review", 1)],
            year.Decisions.Select(d => (d.Outcome, d.Count)).Order());
        Assert.Equal([("local-child-safeguarding-practice-review", 1, 0), ("serious-case-review", 1, 0)],
            year.Reviews.Select(r => (r.Type, r.Started, r.Completed)).Order());
        Assert.Null(imported[1].OnTime);
    }

    [Fact]
    public void A_case_without_a_rapid_review_or_a_decision_is_not_kept()
    {
        var c = new ImportedCase("Ref060", "2016-01", null, "not-notified", "2016-02", null, null, null, null, null, null, null, null, null, null, null, null, []);

        Assert.Null(ImportedReview.From("northshire", Guid.NewGuid(), c, WorkingDayCalendar.EnglandAndWales));
    }
}
