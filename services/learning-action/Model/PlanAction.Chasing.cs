using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>Reminders before an action falls due and the escalation ladder after, on the statutory calendar.</summary>
public sealed partial class PlanAction
{
    public List<ActionChase> Chases { get; private set; } = [];

    /// <summary>
    /// Chases the action as of the clock: a reminder to the lead agency once it falls due within the
    /// ladder's reminder working days; then, once overdue, each step of the ladder reached (by working
    /// days past the due date) and not yet taken. Each is recorded and announced once. Returns how many.
    /// </summary>
    public int Chase(EscalationLadder ladder, WorkingDayCalendar calendar, TimeProvider clock)
    {
        if (!IsOpen)
        {
            return 0;
        }

        var today = clock.Today();
        var now = clock.GetUtcNow();
        var chased = 0;
        if (today <= DueOn)
        {
            if (!Chases.Any(c => c.Kind == ActionChase.Reminder) && calendar.WorkingDaysBetween(today, DueOn) <= ladder.ReminderWorkingDays)
            {
                Record(new ActionChase { Kind = ActionChase.Reminder, Recipient = "agency-lead", On = today, At = now });
                Raise(new ActionReminderIntegrationEvent(Id, Partnership, LeadAgency, DueOn), now);
                chased++;
            }

            return chased;
        }

        var overdueDays = calendar.WorkingDaysBetween(DueOn, today);
        for (var level = 1; level <= ladder.Ladder.Count; level++)
        {
            var step = ladder.Ladder[level - 1];
            if (overdueDays < step.AfterWorkingDays || Chases.Any(c => c.Kind == ActionChase.Escalation && c.Level == level))
            {
                continue;
            }

            if (!Chases.Any(c => c.Kind == ActionChase.Escalation))
            {
                Raise(new ActionOverdueIntegrationEvent(Id, Partnership, LeadAgency, DueOn), now);
            }

            Record(new ActionChase { Kind = ActionChase.Escalation, Level = level, Recipient = step.Recipient, On = today, At = now });
            Raise(new ActionEscalatedIntegrationEvent(Id, Partnership, LeadAgency, DueOn, level, step.Recipient, overdueDays), now);
            chased++;
        }

        return chased;
    }

    /// <summary>The highest step of the ladder the action has reached, 0 if none.</summary>
    public int EscalationLevel => Chases.Where(c => c.Kind == ActionChase.Escalation).Select(c => c.Level).DefaultIfEmpty(0).Max();

    private void Record(ActionChase chase)
    {
        Chases.Add(chase);
        LastChangedAt = chase.At;
    }
}
