namespace Safeguarding.Web.Screens;

/// <summary>The business manager's recommendation to the independent chair, after the meeting.</summary>
public sealed class RecommendationForm : IStepForm
{
    public string? Facts { get; set; }
    public string? LearningIdentified { get; set; }
    public string? ImmediateActions { get; set; }
    public string? RecommendedOutcome { get; set; }
    public string? Rationale { get; set; }
    public string? LearningThemes { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["facts"] = "Enter the facts of the case",
        ["learningIdentified"] = "Enter the learning identified",
        ["immediateActions"] = "Enter the immediate actions taken",
        ["recommendedOutcome"] = "Select the recommended outcome",
        ["rationale"] = "Enter the reasons for the recommendation",
        ["learningThemes"] = "Enter the learning themes, one on each line",
    };

    public object ToRequest() => new
    {
        facts = Facts, learningIdentified = LearningIdentified, immediateActions = ImmediateActions,
        recommendedOutcome = RecommendedOutcome, rationale = Rationale, learningThemes = Choices.Lines(LearningThemes),
    };
}
