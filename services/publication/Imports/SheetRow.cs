namespace Safeguarding.Publication.Api.Imports;

/// <summary>One row of a sheet as read from the file: its number as the person sees it, and its cells' text in column order.</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
