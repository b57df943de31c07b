namespace Safeguarding.RapidReview.Api.Apis;

public sealed record ReviewBriefingItem(Guid ReviewId, Guid RapidReviewId, string LocalAuthority, string Type, DateOnly DecidedOn, string Stage,
    DateOnly TargetCompletionOn, DateOnly ExpectedCompletionOn, IReadOnlyList<string> Delays, string Rating);
