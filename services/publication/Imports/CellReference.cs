namespace Safeguarding.Publication.Api.Imports;

/// <summary>The column of a cell reference such as <c>AB12</c>, counted from 0.</summary>
internal static class CellReference
{
    public static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference) || !char.IsAsciiLetter(reference[0]))
            return null;
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > 16384)
                return null;
        }
        return column - 1;
    }
}
