namespace Safeguarding.LearningAction.Api.Model;

/// <summary>How many practitioners of one agency, in one role, attended a learning event or a course session.</summary>
public sealed class Attendance
{
    public required string Agency { get; init; }

    /// <summary>The practitioners' role as the agency names it: social worker, health visitor, response officer…</summary>
    public required string Role { get; init; }

    public int Practitioners { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
