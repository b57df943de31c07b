namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// A partnership's coded learning themes: the common set every partnership starts from, and the
/// themes it adds. A theme is written in one form ("Information sharing" and "information-sharing"
/// are the same theme), so that reviews, rapid reviews and actions count together.
/// </summary>
public sealed class ThemeSet(IEnumerable<string> additions)
{
    public static readonly IReadOnlyList<string> Common =
    [
        "neglect", "information-sharing", "thresholds", "voice-of-the-child", "safe-sleep", "domestic-abuse", "mental-health", "substance-misuse",
    ];

    public IReadOnlyList<string> Codes { get; } = [.. Common.Concat(additions.Select(Code)).Where(c => c.Length > 0).Distinct()];

    public bool IsCoded(string theme) => Codes.Contains(Code(theme));

    /// <summary>The one form of a theme: lower case, words joined by hyphens.</summary>
    public static string Code(string theme) =>
        string.Join('-', theme.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
}
