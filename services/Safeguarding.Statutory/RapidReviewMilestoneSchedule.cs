namespace Safeguarding.Statutory;

/// <summary>A step of the rapid review schedule, due <see cref="Day"/> working days after the notification.</summary>
public sealed record RapidReviewMilestoneSchedule(int Day, string Code, string Description, DateOnly DueOn);
