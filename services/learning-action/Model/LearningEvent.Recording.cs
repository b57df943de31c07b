using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>How an occasion is recorded, and its attendance and feedback afterwards.</summary>
public sealed partial class LearningEvent
{
    /// <summary>An occasion already held, carrying at least one review or theme; a learning event or debrief names its review.</summary>
    public static LearningEvent Record(string partnership, string kind, string title, DateOnly heldOn, string deliveredBy,
        IReadOnlyList<Guid> reviewIds, IReadOnlyList<string> themes, string by, TimeProvider clock)
    {
        Valid(LearningEventKinds.All.Contains(kind), "kind", $"kind is one of {string.Join(", ", LearningEventKinds.All)}.");
        Valid(heldOn <= clock.Today(), "heldOn", "An occasion is recorded once it has been held: heldOn cannot be in the future.");
        var reviews = reviewIds.Where(r => r != Guid.Empty).Distinct().ToList();
        var codes = themes.Select(ThemeSet.Code).Where(t => t.Length > 0).Distinct().ToList();
        Valid(!LearningEventKinds.IsOfAReview(kind) || reviews.Count > 0, "reviewIds", $"A {kind} belongs to a review: name it (reviewIds).");
        Valid(reviews.Count > 0 || codes.Count > 0, "themes", "Say what learning it carried: the reviews (reviewIds) or the learning themes (themes).");
        var now = clock.GetUtcNow();
        return new LearningEvent
        {
            Id = Guid.CreateVersion7(), Partnership = partnership, Kind = kind, Title = title.Trim(), HeldOn = heldOn, DeliveredBy = deliveredBy.Trim(),
            ReviewIds = reviews, Themes = codes, RecordedBy = by, RecordedAt = now, LastChangedAt = now,
        };
    }

    /// <summary>
    /// One agency's attendance, by role: it replaces what was recorded for that agency before, so a
    /// correction never counts the same practitioners twice.
    /// </summary>
    public IReadOnlyList<Attendance> RecordAttendance(string agency, IReadOnlyList<(string Role, int Practitioners)> roles, string by, TimeProvider clock)
    {
        Valid(agency.Trim().Length > 0, "agency", "Name the agency whose attendance this is (agency).");
        // The name as first recorded, so that reach by agency never shows one agency twice.
        var name = Attendance.FirstOrDefault(a => string.Equals(a.Agency, agency.Trim(), StringComparison.OrdinalIgnoreCase))?.Agency ?? agency.Trim();
        Valid(roles.Count > 0, "roles", "Give the practitioners who attended, by role.");
        Valid(roles.All(r => r.Practitioners >= 1), "roles", "Each role's practitioners is at least 1.");
        Valid(roles.All(r => r.Role.Trim().Length > 0), "roles", "Each line names the practitioners' role.");
        Valid(roles.Select(r => r.Role.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == roles.Count, "roles", "Give each role once.");
        var now = clock.GetUtcNow();
        var lines = roles.Select(r => new Attendance { Agency = name, Role = r.Role.Trim(), Practitioners = r.Practitioners, RecordedBy = by, RecordedAt = now }).ToList();
        Attendance = [.. Attendance.Where(a => !string.Equals(a.Agency, name, StringComparison.OrdinalIgnoreCase)), .. lines];
        LastChangedAt = now;
        return lines;
    }

    /// <summary>The practitioners' feedback: an average score from 1 to 5 over the responses; a later count replaces it.</summary>
    public void RecordFeedback(decimal average, int responses, TimeProvider clock)
    {
        Valid(average is >= FeedbackScore.Lowest and <= FeedbackScore.Highest, "average", "The average score is from 1 to 5.");
        Valid(responses >= 1, "responses", "A score comes from at least one response.");
        Allowed(Practitioners == 0 || responses <= Practitioners,
            $"{responses} responses is more than the {Practitioners} practitioners recorded as attending.");
        Feedback = new FeedbackScore { Average = decimal.Round(average, 2), Responses = responses };
        LastChangedAt = clock.GetUtcNow();
    }
}
