using System.Globalization;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Reads the cells of one row as typed values, reporting each cell that does not read by row and
/// column. Messages name the column and what is wrong, never the cell's text.
/// </summary>
internal sealed class RowCells(RegisterRow row, DateOnly today, List<ImportProblem> problems)
{
    private readonly HashSet<string> failed = [];

    public int Number => row.Number;

    /// <summary>Whether any problem was reported for this row.</summary>
    public bool HasProblems => failed.Count > 0;

    public bool Failed(string column) => failed.Contains(column);

    public bool IsBlank(string column) => string.IsNullOrWhiteSpace(row[column]);

    public void Report(string column, string message)
    {
        failed.Add(column);
        problems.Add(new ImportProblem(row.Number, column, message));
    }

    /// <summary>The cell exactly as written (a formula-looking value included), or null when blank.</summary>
    public string? Text(string column) => IsBlank(column) ? null : row[column];

    public HistoryDate? Date(string column)
    {
        if (IsBlank(column))
            return null;
        if (HistoryDate.TryParse(row[column], today, out var date, out var problem))
            return date;
        Report(column, $"{column} {problem}");
        return null;
    }

    public string? Code(string column, Vocabulary vocabulary)
    {
        if (IsBlank(column))
            return null;
        var code = vocabulary.Code(row[column]);
        if (code is null)
            Report(column, $"{column} must be one of: {vocabulary.Allowed}.");
        return code;
    }

    public bool? YesNo(string column) => Code(column, Vocabularies.YesNo) switch { "yes" => true, "no" => false, _ => null };

    public int? WholeNumber(string column, int least, int most)
    {
        if (IsBlank(column))
            return null;
        if (int.TryParse(row[column].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= least && number <= most)
            return number;
        Report(column, $"{column} must be a whole number from {least} to {most}.");
        return null;
    }
}
