using Safeguarding.Contracts.Actions.V1;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// The yearly report of a partnership's safeguarding arrangements for a period, drawn from every
/// service's own records: each figure counts by the date that defines it, so that a review published
/// after the period ends is not in it. Figures only: no child is named or described.
/// </summary>
public sealed record YearlyReport(
    string Partnership,
    DateOnly From,
    DateOnly To,
    ReferralCounts Referrals,
    NotificationCounts Notifications,
    RapidReviewCounts RapidReviews,
    IReadOnlyList<ReviewTypeCounts> Reviews,
    IReadOnlyList<TimelinessFigure> Timeliness,
    IReadOnlyList<DelayLine> Delays,
    int DecisionsNotToPublish,
    IReadOnlyList<PublishedReview> Published,
    IReadOnlyList<ReviewTimelineLine> Timelines,
    ActionPlanCounts ActionPlan,
    LearningCounts Learning,
    IReadOnlyList<OutcomeLine> ImpactEvidence)
{
    public static YearlyReport Compose(string partnership, DateOnly from, DateOnly to, NotificationFigures notifications, ReviewFigures reviews,
        ActionPlanFigures plan, PartnershipReach reach, IReadOnlyCollection<Model.Publication> publications, IReadOnlyCollection<ImportedCase>? imported = null)
    {
        bool In(DateOnly? day) => day is { } d && d >= from && d <= to;
        var history = new ImportedReviews(imported ?? [], partnership, from, to);
        var published = publications.Where(p => p.Status == PublicationStatus.Published && In(p.PublishedOn)).OrderBy(p => p.PublishedOn).ToList();
        var timelines = reviews.Timelines.ToDictionary(t => t.ReviewId, StringComparer.Ordinal);
        var types = reviews.Reviews.Select(r => r.Type).Union(published.Select(p => p.ReviewType)).Union(history.Types).Order(StringComparer.Ordinal);
        List<PublishedDates> timeliness = [.. published.Select(p => new PublishedDates(p.PublishedOn!.Value, p.DecidedOn,
            Date(timelines.GetValueOrDefault(p.ReviewId.ToString())?.AuthorAppointedOn))), .. history.Timeliness];
        return new YearlyReport(partnership, from, to,
            new ReferralCounts(notifications.ReferralsConsidered, notifications.ReferralsNotified, notifications.ReferralsNotNotified,
                notifications.ReferralsKeptForLearning, notifications.KeptForLearningWithOutcome, notifications.Escalations),
            new NotificationCounts(notifications.Notifications, notifications.ChildDeaths, notifications.SeriousHarm, notifications.OtherNature,
                notifications.AbuseOrNeglectSuspected, notifications.AbuseOrNeglectNotSuspected, notifications.LookedAfterChildDeaths, notifications.Withdrawn),
            new RapidReviewCounts(reviews.RapidReviews, reviews.Submitted, reviews.SubmittedWithin15WorkingDays,
                Share(reviews.SubmittedWithin15WorkingDays, reviews.Submitted - reviews.SubmittedTimelinessUnknown),
                [.. reviews.Decisions.Select(d => new OutcomeLine(d.Outcome, d.Count))], reviews.SubmittedTimelinessUnknown),
            [.. types.Select(type => new ReviewTypeCounts(type, reviews.Reviews.FirstOrDefault(r => r.Type == type)?.Started ?? 0,
                reviews.Reviews.FirstOrDefault(r => r.Type == type)?.Completed ?? 0, published.Count(p => p.ReviewType == type) + history.PublishedOf(type)))],
            [
                TimelinessFrom("decision", timeliness, p => p.DecidedOn),
                TimelinessFrom("author-appointed", timeliness, p => p.AuthorAppointedOn),
            ],
            [.. DelaysIn(reviews, publications, from, to).Concat(history.Delays).OrderBy(d => d.On).ThenBy(d => d.Review, StringComparer.Ordinal)],
            publications.Count(p => p.Status == PublicationStatus.NotPublished && In(p.NotPublishing?.DecidedOn)),
            [.. published.Select(p => new PublishedReview(p.Id, p.ReviewId.ToString(), p.ReviewType, $"{p.PublishedOn!.Value.Year} – {p.Partnership} – {p.Register?.Name}",
                p.PublishedOn.Value, p.LearningThemes)).Concat(history.Lines).OrderBy(p => p.PublishedOn)],
            [.. TimelinesOf(reviews, publications), .. history.Timelines],
            new ActionPlanCounts(plan.Raised, plan.Completed, plan.Overdue, plan.Escalated),
            new LearningCounts(plan.BriefingsPublished, plan.Disseminations, plan.PractitionersBriefed, reach.Courses, reach.Sessions, reach.Practitioners,
                [.. reach.Agencies.Select(a => new OutcomeLine(a.Agency, a.Practitioners))]),
            [.. plan.ImpactEvidence.Select(k => new OutcomeLine(k.Kind, k.Count))]);
    }

    /// <summary>Each review of the period, its steps from the review service and its sending and publication from this one.</summary>
    private static List<ReviewTimelineLine> TimelinesOf(ReviewFigures reviews, IReadOnlyCollection<Model.Publication> publications)
    {
        var byReview = publications.ToDictionary(p => p.ReviewId);
        return [.. reviews.Timelines.Select(t =>
        {
            var publication = byReview.GetValueOrDefault(Guid.Parse(t.ReviewId));
            return ReviewTimelineLine.Of(t.ReviewId, t.Type, Date(t.DecidedOn)!.Value, Date(t.AuthorAppointedOn), Date(t.ReportReceivedOn),
                publication?.SentToNationalBodiesOn, publication?.PublishedOn);
        })];
    }

    private static TimelinessFigure TimelinessFrom(string countedFrom, IReadOnlyList<PublishedDates> published, Func<PublishedDates, DateOnly?> start)
    {
        var known = published.Where(p => start(p) is not null).ToList();
        var within = known.Count(p => p.PublishedOn <= start(p)!.Value.AddMonths(6));
        return new TimelinessFigure(countedFrom, published.Count, within, known.Count - within, published.Count - known.Count, Share(within, known.Count));
    }

    /// <summary>Every delay recorded in the period: a review's slippage, a publication's sensitive delay, a decision not to publish.</summary>
    private static List<DelayLine> DelaysIn(ReviewFigures reviews, IReadOnlyCollection<Model.Publication> publications, DateOnly from, DateOnly to)
    {
        bool In(DateOnly day) => day >= from && day <= to;
        var slippage = reviews.Timelines.SelectMany(t => t.Delays.Select(d => new DelayLine(t.ReviewId, t.Type, "review", Date(d.RecordedOn)!.Value, d.Reason)));
        var sensitive = publications.SelectMany(p => p.Delays.Select(d => new DelayLine(p.ReviewId.ToString(), p.ReviewType, "publication", d.DecidedOn, d.Reason)));
        var notPublished = publications.Where(p => p.NotPublishing is not null)
            .Select(p => new DelayLine(p.ReviewId.ToString(), p.ReviewType, "not-published", p.NotPublishing!.DecidedOn, p.NotPublishing.Reasons));
        return [.. slippage.Concat(sensitive).Concat(notPublished).Where(d => In(d.On))];
    }

    private static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 3);

    private static DateOnly? Date(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day : null;
}
