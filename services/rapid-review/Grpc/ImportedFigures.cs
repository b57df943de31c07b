using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Grpc;

/// <summary>
/// Adds a partnership's imported history to its figures, each case by the date that defines it as
/// for live ones (a date recorded as a month only, by the month's first day): a rapid review by its
/// notification (or, without one, its sending), a decision by the rapid review, a review by its start and its report.
/// </summary>
internal static class ImportedFigures
{
    public static void Add(ReviewFigures figures, IReadOnlyCollection<ImportedReview> imported, DateOnly from, DateOnly to)
    {
        bool In(RecordedDay? day) => day is { FirstDay: var d } && d >= from && d <= to;
        var rapidReviews = imported.Where(r => r.RapidReviewOn is not null).ToList();
        figures.RapidReviews += rapidReviews.Count(r => In(r.NotifiedOn ?? r.RapidReviewOn));
        figures.Submitted += rapidReviews.Count(r => In(r.RapidReviewOn));
        figures.SubmittedWithin15WorkingDays += rapidReviews.Count(r => In(r.RapidReviewOn) && r.OnTime == true);
        figures.SubmittedTimelinessUnknown += rapidReviews.Count(r => In(r.RapidReviewOn) && r.OnTime is null);
        Merge(figures.Decisions, imported.Where(r => r.Outcome is not null && In(r.DecidedOn)).GroupBy(r => r.Outcome!)
            .Select(g => new OutcomeCount { Outcome = g.Key, Count = g.Count() }));
        var reviews = imported.Where(r => r.IsReview).GroupBy(r => r.Outcome!)
            .Select(g => new ReviewTypeCount { Type = g.Key, Started = g.Count(r => In(r.ReviewDecidedOn)), Completed = g.Count(r => In(r.ReportToPartnership)) })
            .Where(t => t.Started + t.Completed > 0).ToList();
        foreach (var type in reviews)
        {
            if (figures.Reviews.FirstOrDefault(t => t.Type == type.Type) is { } live)
                (live.Started, live.Completed) = (live.Started + type.Started, live.Completed + type.Completed);
            else
                figures.Reviews.Add(type);
        }
    }

    private static void Merge(Google.Protobuf.Collections.RepeatedField<OutcomeCount> decisions, IEnumerable<OutcomeCount> imported)
    {
        foreach (var outcome in imported)
        {
            if (decisions.FirstOrDefault(d => d.Outcome == outcome.Outcome) is { } live)
                live.Count += outcome.Count;
            else
                decisions.Add(outcome);
        }
    }
}
