using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// A case from the partnership's own register, brought in with its history: its rapid review, the
/// chair's decision and any review that followed, as the register recorded them (a date may be a
/// month only). Counted in every report; never sent anywhere, and never the subject of a step.
/// </summary>
public sealed class ImportedReview
{
    public required string Partnership { get; init; }

    /// <summary>The partnership's own reference, such as Ref053.</summary>
    public required string Reference { get; init; }

    public RecordedDay? NotifiedOn { get; private set; }

    /// <summary>When the rapid review was sent to the national panel.</summary>
    public RecordedDay? RapidReviewOn { get; private set; }

    /// <summary>Whether it was sent within 15 working days of the notification; null when a date is a month only or beyond the calendar.</summary>
    public bool? OnTime { get; private set; }

    /// <summary>What the chair decided: a review type, <c>serious-case-review</c> for reviews before 2019, or <c>no-further-action</c>.</summary>
    public string? Outcome { get; private set; }

    /// <summary>When the review was decided on: its start.</summary>
    public RecordedDay? ReviewDecidedOn { get; private set; }

    /// <summary>When the report went to the partnership: the review's completion.</summary>
    public RecordedDay? ReportToPartnership { get; private set; }

    public Guid ImportId { get; private set; }

    public bool IsReview => Outcome is not null && Outcome != ReviewOutcomes.NoFurtherAction;

    /// <summary>The day the chair's decision counts from: the rapid review's, or the review's when the register has no rapid review date.</summary>
    public RecordedDay? DecidedOn => RapidReviewOn ?? ReviewDecidedOn;

    /// <summary>The register's case, when it has a rapid review or a decision to keep.</summary>
    public static ImportedReview? From(string partnership, Guid importId, ImportedCase c, WorkingDayCalendar calendar)
    {
        if (c.RapidReviewOn is null && c.Outcome is null)
            return null;
        var review = new ImportedReview { Partnership = partnership, Reference = c.Reference };
        review.Take(importId, c, calendar);
        return review;
    }

    /// <summary>Takes the case as a newer import of the register has it.</summary>
    public void Take(Guid importId, ImportedCase c, WorkingDayCalendar calendar)
    {
        // Imports are numbered in time order: one delivered after a later one changes nothing.
        if (importId.CompareTo(ImportId) < 0)
            return;
        (NotifiedOn, RapidReviewOn, Outcome, ReviewDecidedOn, ReportToPartnership, ImportId) = (RecordedDay.Parse(c.NotifiedOn),
            RecordedDay.Parse(c.RapidReviewOn), c.Outcome, RecordedDay.Parse(c.ReviewDecidedOn), RecordedDay.Parse(c.ReportToPartnership), importId);
        OnTime = NotifiedOn is { MonthOnly: false, FirstDay: var notified } && RapidReviewOn is { MonthOnly: false, FirstDay: var sent }
            && calendar.Covers(notified) && calendar.Covers(sent) && calendar.Covers(notified.AddDays(30)) ? sent <= calendar.AddWorkingDays(notified, 15) : null;
    }
}
