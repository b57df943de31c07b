namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// The allowed values of one column, each with the code it is kept as. A value matches ignoring
/// case, surrounding spaces, and whether words are joined by spaces, hyphens or underscores.
/// </summary>
internal sealed class Vocabulary(string allowed, IReadOnlyDictionary<string, string> codes)
{
    /// <summary>The allowed values as the documentation lists them, for messages.</summary>
    public string Allowed { get; } = allowed;

    public string? Code(string text) => codes.GetValueOrDefault(Words(text));

    /// <summary>A vocabulary whose codes are the kebab-case forms of its words, with extra spellings for some.</summary>
    public static Vocabulary Of(string[] words, params (string Spelling, string Word)[] aliases)
    {
        var codes = words.ToDictionary(w => w, w => w.Replace(' ', '-'));
        foreach (var (spelling, word) in aliases)
            codes[spelling] = codes[word];
        return new Vocabulary(string.Join(", ", words), codes);
    }

    private static string Words(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '-', '_', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
