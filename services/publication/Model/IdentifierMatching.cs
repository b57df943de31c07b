using System.Text.RegularExpressions;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// Finds a term in a report's text as whole words, whatever its case, however the text wraps the
/// spaces between its words; each match comes with a window of context either side.
/// </summary>
public static class IdentifierMatching
{
    public const int ContextCharacters = 40;

    public static IReadOnlyList<TextMatch> Find(string text, string term, int window = ContextCharacters)
    {
        var words = term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        // Letters or digits next to the term make it part of another word ("Ann" is not in "Annual").
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        return [.. regex.Matches(text).Select(m => new TextMatch(m.Index, m.Value, Context(text, m.Index, m.Length, window)))];
    }

    private static string Context(string text, int index, int length, int window)
    {
        var start = Math.Max(0, index - window);
        var end = Math.Min(text.Length, index + length + window);
        var context = Regex.Replace(text[start..end], @"\s+", " ").Trim();
        return (start > 0 ? "…" : "") + context + (end < text.Length ? "…" : "");
    }
}
