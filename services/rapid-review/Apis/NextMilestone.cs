namespace Safeguarding.RapidReview.Api.Apis;

public sealed record NextMilestone(string Code, string Description, DateOnly DueOn);
