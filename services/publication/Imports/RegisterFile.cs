namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// An uploaded case register, CSV or XLSX, read into its header and rows of cell text. A file that
/// cannot be taken (too large, too many rows, not CSV text nor an XLSX workbook, empty, or with a
/// wrong header) comes back with no rows and problems that say why; nothing is thrown for it.
/// </summary>
public sealed class RegisterFile
{
    /// <summary>The largest file taken: 10 MB.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The most rows of cases one file may hold.</summary>
    public const int MaxRows = 5000;

    internal RegisterFile(IReadOnlyList<string> headers, IReadOnlyList<RegisterRow> rows, IReadOnlyList<ImportProblem> problems) =>
        (Headers, Rows, Problems) = (headers, rows, problems);

    /// <summary>The documented names of the file's columns, in the file's order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows of cases, blank rows left out.</summary>
    public IReadOnlyList<RegisterRow> Rows { get; }

    /// <summary>What is wrong with the file as a whole (no row) or with the layout of a row.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Whether the file as a whole was refused, in which case it has no rows.</summary>
    public bool IsRefused => Problems.Any(p => p.Row is null);

    /// <summary>Reads an upload; the file name or content type it came with tells XLSX from CSV when its bytes do not.</summary>
    public static async Task<RegisterFile> ReadAsync(Stream content, string fileNameOrContentType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileNameOrContentType);
        try
        {
            return RegisterTable.From(Sheet(await UploadBytes.ReadAsync(content, MaxBytes, ct), fileNameOrContentType));
        }
        catch (UnreadableFileException e)
        {
            return new RegisterFile([], [], [ImportProblem.OfFile(e.Message)]);
        }
    }

    private static SheetRows Sheet(byte[] bytes, string fileNameOrContentType)
    {
        if (bytes.Length == 0)
            throw new UnreadableFileException("The file is empty.");
        if (FileSignature.IsZip(bytes))
            return XlsxSheet.Read(bytes);
        if (FileSignature.IsOldOffice(bytes))
            throw new UnreadableFileException("The file is an older Excel workbook (.xls) or a password-protected one; save it as XLSX, without a password, or as CSV UTF-8.");
        if (FileSignature.SaysXlsx(fileNameOrContentType))
            throw new UnreadableFileException("The file is not a valid XLSX workbook.");
        return CsvSheet.Read(CsvText.Decode(bytes));
    }
}
