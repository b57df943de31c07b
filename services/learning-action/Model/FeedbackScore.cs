namespace Safeguarding.LearningAction.Api.Model;

/// <summary>What the practitioners thought of an occasion: the average of their scores from 1 to 5, and how many answered.</summary>
public sealed class FeedbackScore
{
    public const decimal Lowest = 1m;
    public const decimal Highest = 5m;

    public decimal Average { get; init; }

    public int Responses { get; init; }
}
