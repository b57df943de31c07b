namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// How far review learning reached in a period (either end open): the training courses delivered
/// (a course run three times counts once), every session and event held (by kind), the practitioners
/// who attended, by agency and by learning theme, and the feedback over all responses. Every coded
/// theme has its row, a zero being an answer too.
/// </summary>
public sealed record ReachFigures(
    DateOnly? From,
    DateOnly? To,
    int Courses,
    int Sessions,
    IReadOnlyDictionary<string, int> SessionsByKind,
    int Practitioners,
    decimal? AverageFeedback,
    int FeedbackResponses,
    IReadOnlyList<AgencyReach> ByAgency,
    IReadOnlyList<ThemeReach> ByTheme)
{
    public static ReachFigures Of(IEnumerable<LearningEvent> events, DateOnly? from, DateOnly? to, ThemeSet themes)
    {
        var held = events.Where(e => (from is null || e.HeldOn >= from) && (to is null || e.HeldOn <= to)).ToList();
        var scored = held.Where(e => e.Feedback is { Responses: > 0 }).Select(e => e.Feedback!).ToList();
        var responses = scored.Sum(f => f.Responses);
        var codes = themes.Codes.Concat(held.SelectMany(e => e.Themes)).Distinct().ToList();
        return new ReachFigures(from, to, CountCourses(held), held.Count,
            LearningEventKinds.All.ToDictionary(k => k, k => held.Count(e => e.Kind == k)),
            held.Sum(e => e.Practitioners),
            responses == 0 ? null : decimal.Round(scored.Sum(f => f.Average * f.Responses) / responses, 2), responses,
            [.. held.SelectMany(e => e.Attendance.Select(a => (Event: e.Id, Line: a)))
                .GroupBy(x => x.Line.Agency, StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new AgencyReach(g.First().Line.Agency, g.Select(x => x.Event).Distinct().Count(), g.Sum(x => x.Line.Practitioners),
                    g.GroupBy(x => x.Line.Role, StringComparer.OrdinalIgnoreCase).ToDictionary(r => r.First().Line.Role, r => r.Sum(x => x.Line.Practitioners))))],
            [.. codes.Select(code =>
            {
                var carrying = held.Where(e => e.Themes.Contains(code)).ToList();
                return new ThemeReach(code, themes.IsCoded(code), CountCourses(carrying), carrying.Count, carrying.Sum(e => e.Practitioners));
            })]);
    }

    /// <summary>Training courses are told apart by title: each session of one course carries the same.</summary>
    private static int CountCourses(IEnumerable<LearningEvent> events) =>
        events.Where(e => e.Kind == LearningEventKinds.TrainingCourse).Select(e => e.Title.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
