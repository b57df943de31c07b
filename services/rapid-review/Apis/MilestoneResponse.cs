namespace Safeguarding.RapidReview.Api.Apis;

public sealed record MilestoneResponse(int Day, string Code, string Description, DateOnly DueOn, DateTimeOffset? CompletedAt, bool Overdue);
