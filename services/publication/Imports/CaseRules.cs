using static Safeguarding.Publication.Api.Imports.RegisterColumns;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// The rules between a case's columns: a decision date needs a decision, a notification needs its
/// date and nature (and only a notification has that date), review dates need an outcome that is a
/// review, and the process's dates come in order. A cell that did not read is left to its own problem.
/// </summary>
internal static class CaseRules
{
    private static readonly string[] ReviewColumns = [ReviewDecidedOn, AuthorAppointed, ReportToPartnership, ReportToPanel, Published];

    public static void Check(HistoryCase @case, RowCells cells)
    {
        if (@case.DecidedOn is not null && cells.IsBlank(Decision))
            cells.Report(DecidedOn, "Decided on is given but Decision is empty.");
        if (!cells.Failed(Decision))
        {
            var notified = @case.Decision == "notified";
            if (notified && cells.IsBlank(NotifiedOn))
                cells.Report(NotifiedOn, "Notified on is required when Decision is notified.");
            if (!notified && @case.NotifiedOn is not null)
                cells.Report(NotifiedOn, "Notified on must be empty unless Decision is notified.");
            if (notified && cells.IsBlank(Nature))
                cells.Report(Nature, "Nature is required when Decision is notified.");
        }
        var isReview = @case.Outcome is not null && @case.Outcome != Vocabularies.NoFurtherAction;
        if (!isReview && !cells.Failed(Outcome) && ReviewColumns.FirstOrDefault(c => !cells.IsBlank(c)) is { } given)
            cells.Report(Outcome, $"{given} is given, so Outcome must be a review (not empty, nor no further action).");
        DateOrder.Check(@case, cells);
    }
}
