namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// One occasion that took review learning to practitioners, recorded by the business manager once it
/// was held: a practitioner learning event or a debrief of a review, a wider event, or a session of a
/// training course (sessions of one course share its title). It carries the reviews and learning
/// themes it taught, who delivered it, how many practitioners of each agency and role attended
/// (each agency may record its own figures) and their feedback scores. No child is named in it.
/// </summary>
public sealed partial class LearningEvent
{
    public Guid Id { get; init; }

    public required string Partnership { get; init; }

    public required string Kind { get; init; }

    /// <summary>The event's or the course's title; a course's sessions share it.</summary>
    public required string Title { get; init; }

    public DateOnly HeldOn { get; init; }

    /// <summary>Who delivered it: the independent reviewer, the business unit, an agency's trainer.</summary>
    public required string DeliveredBy { get; init; }

    public List<Guid> ReviewIds { get; init; } = [];

    public List<string> Themes { get; init; } = [];

    public List<Attendance> Attendance { get; private set; } = [];

    public FeedbackScore? Feedback { get; private set; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset LastChangedAt { get; private set; }

    public uint Version { get; set; }

    public int Practitioners => Attendance.Sum(a => a.Practitioners);
}
