using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>The workbook's table of shared strings, read one item at a time, and the plain text of a rich-text item.</summary>
internal static class XlsxSharedStrings
{
    public static IReadOnlyList<string> Read(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
            return [];
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
                strings.Add(Plain(reader.LoadCurrentElement()));
            else
                reader.Read();
        }
        return strings;
    }

    /// <summary>The text of a string item or inline string: its runs joined, without phonetic guides.</summary>
    public static string Plain(OpenXmlElement? item) =>
        item is null ? "" : string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));
}
