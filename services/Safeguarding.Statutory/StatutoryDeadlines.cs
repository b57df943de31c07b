namespace Safeguarding.Statutory;

/// <summary>The statutory deadlines of Working Together, counted in England and Wales working days.</summary>
public static class StatutoryDeadlines
{
    /// <summary>The local authority notifies the national panel within 5 working days of becoming aware.</summary>
    public const int NotificationWorkingDays = 5;

    /// <summary>The rapid review is completed within 15 working days of the notification.</summary>
    public const int RapidReviewWorkingDays = 15;

    private static readonly (int Day, string Code, string Description)[] Milestones =
    [
        (1, "chairs-informed", "Business unit tells the independent chair and the review group chair"),
        (10, "rapid-review-meeting", "Rapid review meeting with the three safeguarding partners agrees a recommendation"),
        (12, "recommendation-submitted", "Business manager submits the decision and initial recommendations to the chair"),
        (14, "chair-decision", "Chair decides and the national panel is told"),
        (15, "decision-communicated", "Decision goes back to the review group and the original referrer"),
    ];

    public static DateOnly NotificationDue(this WorkingDayCalendar calendar, DateOnly becameAwareOn) =>
        calendar.AddWorkingDays(becameAwareOn, NotificationWorkingDays);

    public static DateOnly RapidReviewDue(this WorkingDayCalendar calendar, DateOnly notifiedOn) =>
        calendar.AddWorkingDays(notifiedOn, RapidReviewWorkingDays);

    /// <summary>The milestone codes of the default schedule, which a partnership may move to other days.</summary>
    public static IEnumerable<string> RapidReviewMilestoneCodes => Milestones.Select(m => m.Code);

    /// <summary>
    /// The milestone schedule from <paramref name="notifiedOn"/>: the default days (Day 1, 10, 12, 14,
    /// 15), or a partnership's own days for some milestones (<paramref name="days"/>: code → working day).
    /// </summary>
    public static IReadOnlyList<RapidReviewMilestoneSchedule> RapidReviewMilestones(this WorkingDayCalendar calendar, DateOnly notifiedOn,
        IReadOnlyDictionary<string, int>? days = null) =>
        Milestones
            .Select(m => (Day: days is not null && days.TryGetValue(m.Code, out var own) ? own : m.Day, m.Code, m.Description))
            .OrderBy(m => m.Day)
            .Select(m => new RapidReviewMilestoneSchedule(m.Day, m.Code, m.Description, calendar.AddWorkingDays(notifiedOn, m.Day)))
            .ToList();
}
