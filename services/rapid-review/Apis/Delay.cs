namespace Safeguarding.RapidReview.Api.Apis;

public sealed record Delay(Guid RapidReviewId, Guid NotificationId, DateOnly DueOn, DateOnly SubmittedOn, int WorkingDaysLate, string? Reason);
