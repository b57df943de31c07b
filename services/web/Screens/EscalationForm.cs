namespace Safeguarding.Web.Screens;

/// <summary>The independent chair resolves partners' disagreement about notifying a case.</summary>
public sealed class EscalationForm : IStepForm
{
    public static readonly IReadOnlyList<(string, string)> Outcomes = [("notify", "Notify the national panel"), ("do-not-notify", "Do not notify")];

    public string? Outcome { get; set; }
    public string? Reasoning { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["outcome"] = "Select whether to notify",
        ["reasoning"] = "Enter the reasons for your resolution",
    };

    public object ToRequest() => new { outcome = Outcome, reasoning = Reasoning };
}
