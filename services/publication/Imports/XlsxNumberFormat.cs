namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Tells from a number format whether it shows a date: the built-in date formats, and format codes
/// that show a day or a year once quoted text, bracketed options and escaped characters are set aside.
/// </summary>
internal static class XlsxNumberFormat
{
    public static XlsxDateKind OfBuiltIn(uint id) => id switch
    {
        14 or 15 or 16 or 22 or (>= 27 and <= 31) or 36 or (>= 50 and <= 58) => XlsxDateKind.Day,
        17 => XlsxDateKind.Month,
        _ => XlsxDateKind.None,
    };

    public static XlsxDateKind OfCode(string code)
    {
        var shown = new System.Text.StringBuilder();
        for (var i = 0; i < code.Length && code[i] != ';'; i++)
        {
            if (code[i] == '"')
                i = Skip(code, i, '"');
            else if (code[i] == '[')
                i = Skip(code, i, ']');
            else if (code[i] is '\\' or '_' or '*')
                i++;
            else
                shown.Append(char.ToLowerInvariant(code[i]));
        }
        var text = shown.ToString();
        return text.Contains('d') ? XlsxDateKind.Day : text.Contains('y') ? XlsxDateKind.Month : XlsxDateKind.None;
    }

    private static int Skip(string code, int start, char end)
    {
        var close = code.IndexOf(end, start + 1);
        return close < 0 ? code.Length : close;
    }
}
