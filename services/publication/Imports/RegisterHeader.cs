namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Matches a header row to the documented columns, giving the column of each position (null for a
/// blank header cell) and refusing unknown, repeated and missing required columns.
/// </summary>
internal static class RegisterHeader
{
    public static (RegisterColumn?[] Columns, List<ImportProblem> Problems) Match(SheetRow header)
    {
        var columns = new RegisterColumn?[header.Cells.Count];
        var problems = new List<ImportProblem>();
        var seen = new HashSet<RegisterColumn>();
        for (var i = 0; i < columns.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(header.Cells[i]))
                continue;
            columns[i] = RegisterColumns.Find(header.Cells[i]);
            if (columns[i] is not { } column)
                problems.Add(ImportProblem.OfFile($"The column “{Shown(header.Cells[i])}” is not one of the register's columns ({string.Join(", ", RegisterColumns.All.Select(c => c.Name))})."));
            else if (!seen.Add(column) && problems.All(p => p.Message != Repeated(column)))
                problems.Add(ImportProblem.OfFile(Repeated(column)));
        }
        foreach (var column in RegisterColumns.All.Where(c => c.IsRequired && !seen.Contains(c)))
            problems.Add(ImportProblem.OfFile($"The required column {column.Name} is missing."));
        return (columns, problems);
    }

    private static string Repeated(RegisterColumn column) => $"The column {column.Name} appears more than once.";

    private static string Shown(string header)
    {
        var clean = new string(header.Trim().Where(c => !char.IsControl(c)).ToArray());
        return clean.Length <= 40 ? clean : clean[..40] + "…";
    }
}
