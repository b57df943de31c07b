namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// One review's way from the decision on it to publication, as scrutiny committees ask for it: the
/// day of each step (empty until taken) and the whole months each took from the step before it.
/// </summary>
public sealed record ReviewTimelineLine(
    string Review,
    string Type,
    DateOnly DecidedOn,
    DateOnly? AuthorAppointedOn,
    DateOnly? ReportReceivedOn,
    DateOnly? SentToNationalPanelOn,
    DateOnly? PublishedOn,
    int? MonthsToAppointment,
    int? MonthsToReport,
    int? MonthsToNationalPanel,
    int? MonthsToPublication)
{
    public static ReviewTimelineLine Of(string review, string type, DateOnly decidedOn, DateOnly? appointed, DateOnly? received, DateOnly? sent,
        DateOnly? published)
    {
        DateOnly? previous = decidedOn;
        int? Step(DateOnly? day)
        {
            if (day is not { } taken || previous is not { } before)
            {
                return null;
            }

            previous = taken;
            return Months(before, taken);
        }

        return new ReviewTimelineLine(review, type, decidedOn, appointed, received, sent, published, Step(appointed), Step(received), Step(sent),
            Step(published));
    }

    /// <summary>Whole months from one day to another: 1 March to 31 March is 0, to 1 April is 1.</summary>
    public static int Months(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return to.Day < from.Day ? months - 1 : months;
    }
}
