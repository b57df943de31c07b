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

    public static IReadOnlyList<RapidReviewMilestoneSchedule> RapidReviewMilestones(this WorkingDayCalendar calendar, DateOnly notifiedOn) =>
        Milestones.Select(m => new RapidReviewMilestoneSchedule(m.Day, m.Code, m.Description, calendar.AddWorkingDays(notifiedOn, m.Day))).ToList();
}
