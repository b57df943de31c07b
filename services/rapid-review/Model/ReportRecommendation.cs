namespace Safeguarding.RapidReview.Api.Model;

public sealed class ReportRecommendation
{
    /// <summary>Stable within the review (R1, R2, …): actions and published reports refer to it.</summary>
    public required string Id { get; set; }

    public required string Text { get; set; }
}
