using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Grpc;

/// <summary>
/// A partnership's rapid reviews and the reviews that follow over a period, as its yearly report
/// counts them, each by the date that defines it. Counts and dates only.
/// </summary>
internal static class YearlyFigures
{
    public static ReviewFigures Of(IReadOnlyCollection<RapidReviewDates> rapidReviews, IReadOnlyCollection<CaseReview> reviews, DateOnly from, DateOnly to,
        IReadOnlyCollection<ImportedReview>? imported = null)
    {
        var figures = Live(rapidReviews, reviews, from, to);
        ImportedFigures.Add(figures, imported ?? [], from, to);
        return figures;
    }

    private static ReviewFigures Live(IReadOnlyCollection<RapidReviewDates> rapidReviews, IReadOnlyCollection<CaseReview> reviews, DateOnly from, DateOnly to)
    {
        bool In(DateOnly? day) => day is { } d && d >= from && d <= to;
        var submitted = rapidReviews.Where(r => In(r.Submission?.SubmittedOn)).ToList();
        var figures = new ReviewFigures
        {
            RapidReviews = rapidReviews.Count(r => In(r.NotifiedOn)),
            Submitted = submitted.Count,
            SubmittedWithin15WorkingDays = submitted.Count(r => r.Submission!.OnTime),
        };
        figures.Decisions.AddRange(rapidReviews.Where(r => In(r.Decision?.DecidedOn)).GroupBy(r => r.Decision!.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutcomeCount { Outcome = g.Key, Count = g.Count() }));
        figures.Reviews.AddRange(reviews.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReviewTypeCount { Type = g.Key, Started = g.Count(r => In(r.DecidedOn)), Completed = g.Count(r => In(r.Report?.AcceptedOn)) })
            .Where(t => t.Started + t.Completed > 0));
        figures.Timelines.AddRange(reviews.Where(r => r.DecidedOn <= to && !(r.Report?.AcceptedOn < from)).OrderBy(r => r.DecidedOn).Select(Timeline));
        return figures;
    }

    private static ReviewTimeline Timeline(CaseReview review)
    {
        var timeline = new ReviewTimeline
        {
            ReviewId = review.Id.ToString(), Type = review.Type, DecidedOn = Text(review.DecidedOn), AuthorAppointedOn = Text(review.Reviewer?.AppointedOn),
            ReportReceivedOn = Text(review.DraftReportReceivedOn), AcceptedOn = Text(review.Report?.AcceptedOn),
        };
        timeline.Delays.AddRange(review.Slippages.Select(s => new ReviewDelay { RecordedOn = Text(s.RecordedOn), Reason = s.Reason }));
        return timeline;
    }

    private static string Text(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
