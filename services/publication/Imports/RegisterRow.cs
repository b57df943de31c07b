namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// One row of an uploaded register: its number as the person sees it (the header is row 1) and the
/// text of each cell, keyed by the documented column name. A column the file lacks reads as empty.
/// </summary>
public sealed class RegisterRow(int number, IReadOnlyDictionary<string, string> cells)
{
    public int Number { get; } = number;

    public IReadOnlyDictionary<string, string> Cells { get; } = cells;

    /// <summary>The text of the cell in a documented column, or "" when the file has no such column.</summary>
    public string this[string column] => Cells.GetValueOrDefault(column, "");
}
