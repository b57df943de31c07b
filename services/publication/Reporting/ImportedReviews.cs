using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// The reviews a partnership brought in with its history, as the yearly report counts them beside
/// its live ones: each by the partnership's reference, and a date recorded as a month only by the month's first day.
/// </summary>
internal sealed class ImportedReviews(IReadOnlyCollection<ImportedCase> cases, string partnership, DateOnly from, DateOnly to)
{
    private IEnumerable<ImportedCase> Reviews => cases.Where(c => c.Outcome is not null && c.Outcome != "no-further-action");

    public List<ImportedCase> Published { get; } = [.. cases.Where(c => c.Outcome is not null && c.Outcome != "no-further-action"
        && Day(c.Published) is { } d && d >= from && d <= to).OrderBy(c => Day(c.Published))];

    public int PublishedOf(string type) => Published.Count(c => c.Outcome == type);

    public IEnumerable<string> Types => Published.Select(c => c.Outcome!);

    /// <summary>Each published review's dates for its timeliness; a start, or a publication, recorded as a month only cannot tell it (unknown).</summary>
    public IEnumerable<PublishedDates> Timeliness => Published.Select(c => new PublishedDates(Day(c.Published)!.Value, ExactDay(c.Published, c.ReviewDecidedOn),
        ExactDay(c.Published, c.AuthorAppointed)));

    public IEnumerable<PublishedReview> Lines => Published.Select(c => new PublishedReview(null, c.Reference, c.Outcome!,
        $"{Day(c.Published)!.Value.Year} – {partnership} – {c.Reference}", Day(c.Published)!.Value, c.LearningThemes));

    public IEnumerable<DelayLine> Delays => Published.Where(c => c.PublicationDelayReason is not null)
        .Select(c => new DelayLine(c.Reference, c.Outcome!, "publication", Day(c.Published)!.Value, c.PublicationDelayReason!));

    /// <summary>Every imported review decided on by the period's end and not completed before it began.</summary>
    public IEnumerable<ReviewTimelineLine> Timelines => Reviews.Where(c => Day(c.ReviewDecidedOn) is { } d && d <= to && !(Day(c.ReportToPartnership) < from))
        .OrderBy(c => Day(c.ReviewDecidedOn)).Select(c => ReviewTimelineLine.Of(c.Reference, c.Outcome!, Day(c.ReviewDecidedOn)!.Value, Day(c.AuthorAppointed),
            Day(c.ReportToPartnership), Day(c.ReportToPanel), Day(c.Published)));

    private static DateOnly? Day(string? text) => RecordedDay.Parse(text)?.FirstDay;

    private static DateOnly? ExactDay(string? published, string? start) =>
        RecordedDay.Parse(published) is { MonthOnly: false } && RecordedDay.Parse(start) is { MonthOnly: false } day ? day.FirstDay : null;
}
