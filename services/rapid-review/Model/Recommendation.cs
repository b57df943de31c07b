using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>The business manager's recommendation to the independent chair.</summary>
public sealed class Recommendation
{
    [ChildIdentifying]
    public required string Facts { get; set; }

    public required string LearningIdentified { get; set; }

    public required string ImmediateActions { get; set; }

    public required string RecommendedOutcome { get; set; }

    public required string Rationale { get; set; }

    /// <summary>The learning themes the rapid review identified, as the partnership codes them (neglect, information-sharing…).</summary>
    public List<string> LearningThemes { get; set; } = [];

    public DateOnly SubmittedOn { get; set; }

    public required string SubmittedBy { get; set; }
}
