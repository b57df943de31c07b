namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Reads the rows of an uploaded register into typed cases, reporting every problem of every row by
/// row and column: cells that do not read, rules between columns, and references used twice. Only
/// rows without problems become cases; a refused file gives no cases and the file's problems.
/// </summary>
public static class HistoryCaseReader
{
    public static (IReadOnlyList<HistoryCase> Cases, IReadOnlyList<ImportProblem> Problems) Read(RegisterFile file, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.IsRefused)
            return ([], file.Problems);
        var problems = new List<ImportProblem>(file.Problems);
        var badLayout = file.Problems.Select(p => p.Row).ToHashSet();
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var cases = new List<HistoryCase>();
        foreach (var row in file.Rows)
        {
            var cells = new RowCells(row, today, problems);
            var @case = HistoryCaseFields.Read(cells);
            CaseRules.Check(@case, cells);
            if (!cells.Failed(RegisterColumns.Reference) && !firstRowOf.TryAdd(@case.Reference, row.Number))
                cells.Report(RegisterColumns.Reference, $"Reference is already used on row {firstRowOf[@case.Reference]}.");
            if (!cells.HasProblems && !badLayout.Contains(row.Number))
                cases.Add(@case);
        }
        return (cases, [.. problems.OrderBy(p => p.Row)]);
    }
}
