namespace Safeguarding.Publication.Api.Reporting;

/// <summary>One table of the yearly report, as the CSV export and the printable document show it.</summary>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
