using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Tests;

/// <summary>Reminders and the escalation ladder, on the statutory calendar across Christmas, New Year and Easter.</summary>
public sealed class EscalationTests
{
    private static readonly EscalationLadder Default = new();

    [Fact]
    public void The_reminder_goes_ten_working_days_before_the_due_date_and_once()
    {
        // Due Wednesday 23 December 2026: ten working days before is Wednesday 9 December.
        var action = Plans.Action(new DateOnly(2026, 12, 23), new DateOnly(2026, 11, 2));

        Assert.Equal(0, action.Chase(Default, Plans.Calendar, Plans.On(new DateOnly(2026, 12, 8))));
        Assert.Equal(1, action.Chase(Default, Plans.Calendar, Plans.On(new DateOnly(2026, 12, 9))));
        Assert.Equal(0, action.Chase(Default, Plans.Calendar, Plans.On(new DateOnly(2026, 12, 10))));
        Assert.Single(action.RaisedEvents().Select(e => e.Event).OfType<ActionReminderIntegrationEvent>());
    }

    [Theory]
    // Due Wednesday 23 December 2026. Christmas Day, the substitute Boxing Day (Monday 28) and New
    // Year's Day are not working days: the agency lead on Thursday 24 December (1 working day
    // overdue), the business manager on Monday 4 January (5), the chair on Monday 11 January (10).
    [InlineData("2026-12-23", "2026-12-24", "2027-01-04", "2027-01-11")]
    // Due Thursday 25 March 2027, before Good Friday (26) and Easter Monday (29): the agency lead on
    // Tuesday 30 March, the business manager on Monday 5 April, the chair on Monday 12 April.
    [InlineData("2027-03-25", "2027-03-30", "2027-04-05", "2027-04-12")]
    public void Each_step_of_the_ladder_falls_on_its_working_day_and_not_a_day_before(string due, string agencyLead, string businessManager, string chair)
    {
        var action = Plans.Action(DateOnly.Parse(due), DateOnly.Parse(due).AddDays(-60));
        var steps = new[] { DateOnly.Parse(agencyLead), DateOnly.Parse(businessManager), DateOnly.Parse(chair) };

        for (var day = DateOnly.Parse(due); day <= steps[2]; day = day.AddDays(1))
        {
            action.Chase(Default, Plans.Calendar, Plans.On(day));
            var expected = steps.Count(s => s <= day);
            Assert.True(action.EscalationLevel == expected, $"On {day:yyyy-MM-dd} the action should be at step {expected}, not {action.EscalationLevel}.");
        }

        Assert.Equal(["agency-lead", "business-manager", "independent-chair"],
            action.Chases.Where(c => c.Kind == ActionChase.Escalation).Select(c => c.Recipient));
        Assert.Equal(steps, action.Chases.Where(c => c.Kind == ActionChase.Escalation).Select(c => c.On));
        var events = action.RaisedEvents().Select(e => e.Event).ToList();
        Assert.Single(events.OfType<ActionOverdueIntegrationEvent>());
        Assert.Equal([1, 5, 10], events.OfType<ActionEscalatedIntegrationEvent>().Select(e => e.WorkingDaysOverdue));
    }

    [Fact]
    public void A_pass_after_days_away_takes_every_step_reached_at_once_and_a_partnership_may_climb_its_own_ladder()
    {
        var ladder = new EscalationLadder { ReminderWorkingDays = 3, Steps = [new() { Recipient = "business-manager", AfterWorkingDays = 2 }] };
        var action = Plans.Action(new DateOnly(2027, 2, 1), new DateOnly(2026, 12, 1));

        Assert.Equal(3, action.Chase(Default, Plans.Calendar, Plans.On(new DateOnly(2027, 3, 1))));
        var own = Plans.Action(new DateOnly(2027, 2, 1), new DateOnly(2026, 12, 1));
        Assert.Equal(1, own.Chase(ladder, Plans.Calendar, Plans.On(new DateOnly(2027, 3, 1))));
        Assert.Equal("business-manager", Assert.Single(own.Chases).Recipient);
    }

    [Fact]
    public void Nothing_is_chased_once_the_action_awaits_sign_off()
    {
        var action = Plans.Action(new DateOnly(2027, 2, 1), new DateOnly(2026, 12, 1));
        action.AddEvidence(Plans.Statement(new DateOnly(2026, 12, 1)));
        action.Complete("police", Plans.On(new DateOnly(2027, 1, 29)));

        Assert.Equal(0, action.Chase(Default, Plans.Calendar, Plans.On(new DateOnly(2027, 3, 1))));
    }

    [Fact]
    public void A_ladder_out_of_order_or_to_an_unknown_recipient_is_refused_at_start()
    {
        Assert.Throws<InvalidOperationException>(() => new EscalationLadder
        {
            Steps = [new() { Recipient = "business-manager", AfterWorkingDays = 5 }, new() { Recipient = "independent-chair", AfterWorkingDays = 5 }],
        }.Validate("x"));
        Assert.Throws<InvalidOperationException>(() => new EscalationLadder { Steps = [new() { Recipient = "the press", AfterWorkingDays = 1 }] }.Validate("x"));
    }
}
