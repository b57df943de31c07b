namespace Safeguarding.LearningAction.Api.Model;

/// <summary>The briefing formats and the sections, in order, that each is made of.</summary>
public static class BriefingFormats
{
    public const string SevenMinute = "seven-minute";
    public const string SixStep = "six-step";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Headings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [SevenMinute] = ["Background", "Why it matters", "The learning", "Questions for teams", "What to do", "Further information"],
        [SixStep] = ["The case", "The learning", "What it means", "Reflect", "Act", "Find out more"],
    };
}
