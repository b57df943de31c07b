using Safeguarding.Contracts.IntegrationEvents;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// The learning themes a rapid review identified, kept from the chair's decision so that the heat
/// map counts rapid reviews as a type of review in their own right, in the year of the decision.
/// </summary>
public sealed class RapidReviewLearning
{
    public const string ReviewType = "rapid-review";

    public Guid RapidReviewId { get; init; }

    public required string Partnership { get; init; }

    public required string Outcome { get; init; }

    public DateOnly DecidedOn { get; init; }

    public List<string> Themes { get; init; } = [];

    public DateTimeOffset ReceivedAt { get; init; }

    public static RapidReviewLearning From(RapidReviewDecidedIntegrationEvent decided, DateTimeOffset now) => new()
    {
        RapidReviewId = decided.RapidReviewId,
        Partnership = decided.Partnership,
        Outcome = decided.Outcome,
        DecidedOn = decided.DecidedOn,
        Themes = [.. decided.LearningThemes ?? []],
        ReceivedAt = now,
    };

    public ReviewThemes Raised() => new(RapidReviewId, DecidedOn.Year, ReviewType, Themes);
}
