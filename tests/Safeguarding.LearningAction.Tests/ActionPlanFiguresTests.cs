using Safeguarding.LearningAction.Api.Grpc;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Tests;

public sealed class ActionPlanFiguresTests
{
    private static readonly DateOnly From = new(2026, 4, 1);
    private static readonly DateOnly To = new(2026, 12, 31);

    [Fact]
    public void Actions_count_by_the_day_they_were_raised_signed_off_and_escalated_and_overdue_is_at_the_periods_end()
    {
        // Raised in November, due 23 December, escalated on 24 December, still open: overdue at the year's end.
        var overdue = Plans.Action(new DateOnly(2026, 12, 23), new DateOnly(2026, 11, 2));
        overdue.Chase(new EscalationLadder(), Plans.Calendar, Plans.On(new DateOnly(2026, 12, 24)));
        // Raised in November and signed off in January: open, but not yet due, at the year's end; completed in the next period.
        var signedOffLater = Plans.Action(new DateOnly(2027, 1, 29), new DateOnly(2026, 11, 2));
        signedOffLater.AddEvidence(Plans.Statement(new DateOnly(2027, 1, 10)));
        signedOffLater.Complete("police", Plans.On(new DateOnly(2027, 1, 10)));
        signedOffLater.SignOff("business-unit", Plans.On(new DateOnly(2027, 1, 12)));
        // Raised in March 2026, before the period, and signed off in it.
        var signedOff = Plans.Action(new DateOnly(2026, 6, 30), new DateOnly(2026, 3, 2));
        signedOff.AddEvidence(Plans.Statement(new DateOnly(2026, 6, 1)));
        signedOff.Complete("police", Plans.On(new DateOnly(2026, 6, 1)));
        signedOff.SignOff("business-unit", Plans.On(new DateOnly(2026, 6, 2)));
        PlanAction[] actions = [overdue, signedOffLater, signedOff];

        var year = ActionPlanFiguresOf.Of(actions, [], [], From, To);
        Assert.Equal((2, 1, 1, 1), (year.Raised, year.Completed, year.Overdue, year.Escalated));

        var january = ActionPlanFiguresOf.Of(actions, [], [], new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31));
        Assert.Equal((0, 1, 1, 0), (january.Raised, january.Completed, january.Overdue, january.Escalated));
    }
}
