using CsvHelper;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Reads CSV text (RFC 4180: comma-separated, quoted fields with embedded commas, quotes and line
/// breaks) into rows. Each record is one row as a spreadsheet shows it, so the header is row 1.
/// </summary>
internal static class CsvSheet
{
    public static SheetRows Read(string text)
    {
        var rows = new SheetRows();
        var options = new CsvReaderOptions
        {
            Separator = ',', HasHeader = false, SkipEmptyLines = false, DetectSeparatorHint = false,
            IncludeValuesInExceptions = false, OnMalformedRecord = record => rows.Malformed((int)record.RecordNumber),
        };
        using var reader = CsvReader.FromText(text, options);
        var number = 0;
        while (reader.Read())
            rows.Add(new SheetRow(++number, reader.Current.ToArray()));
        return rows;
    }
}
