namespace Safeguarding.LearningAction.Api.Model;

/// <summary>An agency's record of taking a published briefing to its people: which teams, how many practitioners, when and how.</summary>
public sealed class Dissemination
{
    public const string TeamMeeting = "team-meeting";
    public const string Email = "email";
    public const string Training = "training";
    public const string Supervision = "supervision";
    public const string Other = "other";

    public Guid Id { get; init; }

    public required string Agency { get; init; }

    public List<string> Teams { get; init; } = [];

    public int Practitioners { get; init; }

    public DateOnly On { get; init; }

    public required string Method { get; init; }

    public string? Feedback { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
