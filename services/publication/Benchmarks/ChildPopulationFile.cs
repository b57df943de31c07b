using CsvHelper;
using Safeguarding.Publication.Api.Imports;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>
/// An upload of the official mid-year estimates of children: CSV UTF-8 with a header naming
/// area code, area name, year and population aged 0-17. Read whole or not at all: every problem is
/// given by row (the header is row 1) and column, and never repeats what a cell holds.
/// </summary>
public static class ChildPopulationFile
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 100_000;
    private const int MaxProblems = 100;

    public static async Task<(IReadOnlyList<ChildPopulation> Rows, IReadOnlyDictionary<string, string[]> Problems)> ReadAsync(Stream content, CancellationToken ct)
    {
        var problems = new PopulationProblems(MaxProblems);
        var rows = new List<ChildPopulation>();
        try
        {
            Read(CsvText.Decode(await UploadBytes.ReadAsync(content, MaxBytes, ct)), rows, problems);
        }
        catch (UnreadableFileException e)
        {
            problems.Add("file", e.Message);
        }
        return problems.IsEmpty ? (rows, problems.All) : ([], problems.All);
    }

    private static void Read(string text, List<ChildPopulation> rows, PopulationProblems problems)
    {
        var seen = new Dictionary<(string, int), int>();
        using var reader = CsvReader.FromText(text, new CsvReaderOptions
        {
            Separator = ',', HasHeader = false, DetectSeparatorHint = false, IncludeValuesInExceptions = false,
            OnMalformedRecord = record => problems.Add($"row {record.RecordNumber}", "The quotation marks in this row do not pair up."),
        });
        var columns = reader.Read() ? PopulationHeader.Read(reader.Current.ToArray(), problems) : null;
        if (columns is null && problems.IsEmpty)
            problems.Add("file", "The file is empty.");
        for (var number = 2; columns is not null && reader.Read(); number++)
        {
            var cells = reader.Current.ToArray();
            if (cells.All(string.IsNullOrWhiteSpace))
                continue;
            if (rows.Count == MaxRows)
                throw new UnreadableFileException($"The file has more than {MaxRows:N0} rows; split it into smaller files.");
            if (PopulationRow.Read(number, cells, columns, problems) is not { } row)
                continue;
            if (seen.TryAdd((row.AreaCode, row.Year), number))
                rows.Add(row);
            else
                problems.Add($"row {number}", $"The area and year are already given on row {seen[(row.AreaCode, row.Year)]}.");
        }
        if (columns is not null && rows.Count == 0 && problems.IsEmpty)
            problems.Add("file", "The file has no rows of figures.");
    }
}
