namespace Safeguarding.Web.Screens;

/// <summary>The independent chair's decision on the recommendation, with its reasons.</summary>
public sealed class DecisionForm : IStepForm
{
    public string? Outcome { get; set; }
    public string? Rationale { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["outcome"] = "Select your decision",
        ["rationale"] = "Enter the reasons for your decision",
    };

    public object ToRequest() => new { outcome = Outcome, rationale = Rationale };
}
