namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// One thing wrong with an uploaded case register: a row number as the person sees it in their
/// spreadsheet (the header is row 1) and a column name, or neither when the whole file is refused.
/// The message says what is wrong in plain words and never repeats what a cell holds.
/// </summary>
public sealed record ImportProblem(int? Row, string? Column, string Message)
{
    /// <summary>A problem with the file as a whole.</summary>
    public static ImportProblem OfFile(string message) => new(null, null, message);

    /// <summary>Where it is, as a 400 names it: "file", "row 5", or "row 3, Notified on".</summary>
    public string Key => Row is null ? "file" : Column is null ? $"row {Row}" : $"row {Row}, {Column}";
}
