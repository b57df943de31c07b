namespace Safeguarding.RapidReview.Api.Model;

/// <summary>The report the partnership accepted: its findings, learning themes, and recommendations with stable identifiers.</summary>
public sealed class AcceptedReport
{
    public DateOnly AcceptedOn { get; set; }

    public List<string> Findings { get; set; } = [];

    public List<string> LearningThemes { get; set; } = [];

    public List<ReportRecommendation> Recommendations { get; set; } = [];
}
