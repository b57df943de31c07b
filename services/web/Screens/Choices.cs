namespace Safeguarding.Web.Screens;

/// <summary>The platform's codes offered as answers, in people's words.</summary>
public static class Choices
{
    public static readonly IReadOnlyList<(string, string)> AgencyTypes =
        [("local-authority", "Local authority"), ("police", "Police"), ("health", "Health"), ("relevant-agency", "Relevant agency (a school, for example)")];

    public static readonly IReadOnlyList<(string, string)> Outcomes =
    [
        ("no-further-action", "No further action"),
        ("single-agency-review", "A single-agency review"),
        ("case-mapping-exercise", "A case mapping exercise"),
        ("thematic-learning-review", "A thematic learning review"),
        ("local-child-safeguarding-practice-review", "A local child safeguarding practice review"),
        ("recommend-national-review", "Recommend a national review to the panel"),
    ];

    public static string OutcomeName(string? code) => Outcomes.FirstOrDefault(o => o.Item1 == code).Item2 ?? code ?? "";

    /// <summary>Lines typed into a text box, one item each, blank lines left out.</summary>
    public static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool? YesNo(string? answer) => answer switch { "true" => true, "false" => false, _ => null };

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
