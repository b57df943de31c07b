using static Safeguarding.Publication.Api.Imports.RegisterColumns;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Checks that a case's dates come in the order of the process: referral before decision, and
/// notification, rapid review, review decision, author, report to the partnership, report to the
/// panel and publication in that order. Each date is compared with the latest one before it; a
/// month-only date is compared by its month, so it is in order with any day of that month.
/// </summary>
internal static class DateOrder
{
    public static void Check(HistoryCase c, RowCells cells)
    {
        InOrder(cells, [(ReferredOn, c.ReferredOn), (DecidedOn, c.DecidedOn)]);
        InOrder(cells,
        [
            (NotifiedOn, c.NotifiedOn), (RapidReviewOn, c.RapidReviewOn), (ReviewDecidedOn, c.ReviewDecidedOn),
            (AuthorAppointed, c.AuthorAppointed), (ReportToPartnership, c.ReportToPartnership),
            (ReportToPanel, c.ReportToPanel), (Published, c.Published),
        ]);
    }

    private static void InOrder(RowCells cells, (string Column, HistoryDate? Date)[] steps)
    {
        (string Column, HistoryDate Date)? latest = null;
        foreach (var (column, date) in steps)
        {
            if (date is null)
                continue;
            if (latest is { } before && date.IsBefore(before.Date))
                cells.Report(column, $"{column} is before {before.Column}.");
            else
                latest = (column, date);
        }
    }
}
