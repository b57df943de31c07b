namespace Safeguarding.Web.Platform;

/// <summary>One thing wrong with a register: the row as the spreadsheet numbers it (the header is row 1) and the column, or neither for the whole file.</summary>
public sealed record ImportProblemRow(int? Row, string? Column, string Message);
