namespace Safeguarding.Web.Platform;

/// <summary>A step of the rapid review's statutory schedule, by working day.</summary>
public sealed record Milestone(int Day, string Code, string Description, DateOnly DueOn, DateTimeOffset? CompletedAt, bool Overdue);
