using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>The workbook's cell styles, as far as saying which of them show a number as a date.</summary>
internal sealed class XlsxDateStyles(IReadOnlyList<XlsxDateKind> kinds)
{
    public XlsxDateKind KindOf(uint? styleIndex) =>
        styleIndex is { } index && index < kinds.Count ? kinds[(int)index] : XlsxDateKind.None;

    public static XlsxDateStyles Read(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = new Dictionary<uint, XlsxDateKind>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (format.NumberFormatId?.Value is { } id)
                custom[id] = XlsxNumberFormat.OfCode(format.FormatCode?.Value ?? "");
        var kinds = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value ?? 0)
            .Select(id => custom.TryGetValue(id, out var kind) ? kind : XlsxNumberFormat.OfBuiltIn(id))
            .ToList();
        return new XlsxDateStyles(kinds ?? []);
    }
}
