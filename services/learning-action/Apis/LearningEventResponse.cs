using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>An occasion with its attendance by agency and role, and its feedback.</summary>
public sealed record LearningEventResponse(
    Guid Id, string Kind, string Title, DateOnly HeldOn, string DeliveredBy, IReadOnlyList<Guid> ReviewIds, IReadOnlyList<string> Themes,
    int Practitioners, IReadOnlyList<Attendance> Attendance, FeedbackScore? Feedback, DateTimeOffset RecordedAt, DateTimeOffset LastChangedAt)
{
    public static LearningEventResponse From(LearningEvent e) => new(
        e.Id, e.Kind, e.Title, e.HeldOn, e.DeliveredBy, e.ReviewIds, e.Themes, e.Practitioners,
        [.. e.Attendance.OrderBy(a => a.Agency, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Role, StringComparer.OrdinalIgnoreCase)], e.Feedback,
        e.RecordedAt, e.LastChangedAt);
}
