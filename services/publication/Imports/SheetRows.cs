namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Gathers the rows a reader finds: the first row with any text is the header, blank rows are
/// passed over, and a file with more than <see cref="RegisterFile.MaxRows"/> rows of cases is refused.
/// </summary>
internal sealed class SheetRows
{
    /// <summary>No register needs more columns than this; text beyond them is in a column without a header.</summary>
    public const int MaxColumns = 100;

    public SheetRow? Header { get; private set; }

    public List<SheetRow> Data { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Notes, once, that the quotation marks of a row do not pair up.</summary>
    public void Malformed(int row)
    {
        if (Problems.All(p => p.Row != row))
            Problems.Add(new ImportProblem(row, null, "The quotation marks in this row do not pair up."));
    }

    public void Add(SheetRow row)
    {
        if (row.IsBlank)
            return;
        if (Header is null)
            Header = row;
        else if (Data.Count == RegisterFile.MaxRows)
            throw new UnreadableFileException($"The file has more than {RegisterFile.MaxRows:N0} rows of cases; split it into smaller files.");
        else
            Data.Add(row);
    }
}
