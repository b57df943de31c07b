namespace Safeguarding.RapidReview.Api.Apis;

public sealed record ReviewDelay(Guid ReviewId, string Type, DateOnly TargetCompletionOn, DateOnly CompletedOn, IReadOnlyList<string> Reasons);
