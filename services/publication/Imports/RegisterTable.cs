namespace Safeguarding.Publication.Api.Imports;

/// <summary>Turns the rows read from a file into a register: the header matched to the documented columns, then each row's cells by column.</summary>
internal static class RegisterTable
{
    public static RegisterFile From(SheetRows sheet)
    {
        if (sheet.Header is null)
            throw new UnreadableFileException("The file has no header row.");
        if (sheet.Data.Count == 0)
            throw new UnreadableFileException("The file has a header row but no rows of cases.");
        var (columns, problems) = RegisterHeader.Match(sheet.Header);
        if (problems.Count > 0)
            return new RegisterFile([], [], problems);
        problems.AddRange(sheet.Problems);
        var rows = sheet.Data.Select(row => Cells(row, columns, problems)).ToList();
        var headers = columns.OfType<RegisterColumn>().Select(c => c.Name).ToList();
        return new RegisterFile(headers, rows, [.. problems.OrderBy(p => p.Row)]);
    }

    private static RegisterRow Cells(SheetRow row, RegisterColumn?[] columns, List<ImportProblem> problems)
    {
        var cells = new Dictionary<string, string>();
        var strayText = false;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (i < columns.Length && columns[i] is { } column)
                cells[column.Name] = row.Cells[i];
            else
                strayText |= !string.IsNullOrWhiteSpace(row.Cells[i]);
        }
        if (strayText)
            problems.Add(new ImportProblem(row.Number, null, "This row has text in a column without a header."));
        return new RegisterRow(row.Number, cells);
    }
}
