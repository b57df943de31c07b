using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.LearningAction.Tests;

/// <summary>An action's steps and their order: raised, worked on with evidence, completed, signed off or sent back, closed.</summary>
public sealed class ActionStepsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly DueOn = new(2027, 3, 31);

    [Fact]
    public void An_accepted_report_opens_one_plan_entry_per_recommendation_with_the_reviews_themes()
    {
        var accepted = Plans.Accepted();

        var entries = PlanRecommendation.From(accepted, Plans.On(Today).GetUtcNow()).ToList();

        Assert.Equal(["R1", "R2"], entries.Select(e => e.Code));
        Assert.All(entries, e => Assert.Equal((accepted.ReviewId, "northshire"), (e.ReviewId, e.Partnership)));
        Assert.All(entries, e => Assert.Equal(["information-sharing", "domestic-abuse"], e.Themes));
    }

    [Fact]
    public void An_action_carries_its_recommendations_themes_and_cannot_fall_due_in_the_past()
    {
        var action = Plans.Action(DueOn, Today);

        Assert.Equal(["thresholds", "information-sharing", "domestic-abuse"], action.Themes);
        Assert.Equal((ActionSources.ReviewRecommendation, "R1"), (action.Source, action.SourceReference));
        Assert.Equal("dueOn", Assert.Throws<InvalidValueException>(() => Plans.Action(Today.AddDays(-1), Today)).Field);
        Assert.Equal("sourceReference", Assert.Throws<InvalidValueException>(() => ActionPlanEntry.Outside("northshire", ActionSources.Audit, null)).Field);
    }

    [Fact]
    public void The_lead_agency_works_with_evidence_and_the_business_manager_signs_off_or_sends_back()
    {
        var action = Plans.Action(DueOn, Today);
        var clock = Plans.On(Today);

        Assert.Contains("add evidence before completing", Assert.Throws<StepNotAllowedException>(() => action.Complete("police", clock)).Message);
        action.RecordProgress("Briefing written.", "police", "Northshire Police", clock);
        Assert.Equal(ActionStatus.InProgress, action.Status);
        action.AddEvidence(Plans.Statement(Today));
        Assert.Contains("only a completed action", Assert.Throws<StepNotAllowedException>(() => action.SignOff("bm", clock)).Message);
        action.Complete("police", clock);
        Assert.Equal(ActionStatus.AwaitingSignOff, action.Status);
        Assert.Contains("progress is recorded while", Assert.Throws<StepNotAllowedException>(() => action.RecordProgress("x", "police", null, clock)).Message);

        action.SendBack("The audit has not been done yet.", "bm", clock);
        Assert.Equal(ActionStatus.InProgress, action.Status);
        action.Complete("police", clock);
        action.SignOff("bm", clock);

        Assert.Equal(ActionStatus.SignedOff, action.Status);
        Assert.Equal([SignOffDecision.SentBack, SignOffDecision.SignedOff], action.SignOffDecisions.Select(d => d.Decision));
        Assert.Single(action.RaisedEvents().Select(e => e.Event).OfType<ActionSignedOffIntegrationEvent>());
        Assert.Contains("already signed-off", Assert.Throws<StepNotAllowedException>(() => action.Close("no longer needed", clock)).Message);
        Assert.Contains("evidence is added until", Assert.Throws<StepNotAllowedException>(() => action.AddEvidence(Plans.Statement(Today))).Message);
    }

    [Fact]
    public void A_closed_action_takes_no_further_step_and_is_never_overdue()
    {
        var action = Plans.Action(DueOn, Today);
        var clock = Plans.On(Today);
        action.Close("Superseded by the multi-agency audit programme.", clock);

        Assert.Equal("Superseded by the multi-agency audit programme.", action.ClosedReason);
        Assert.False(action.IsOverdueOn(DueOn.AddDays(10)));
        Assert.Throws<StepNotAllowedException>(() => action.RecordProgress("x", "police", null, clock));
        Assert.Throws<StepNotAllowedException>(() => action.Complete("police", clock));
    }

    [Fact]
    public void Where_the_sub_group_signs_off_the_sign_off_names_its_meeting_which_has_already_happened()
    {
        var action = Plans.Action(dueOn: new DateOnly(2027, 3, 31), raisedOn: Today);
        var clock = Plans.On(Today);
        action.AddEvidence(Plans.Statement(Today));
        action.Complete("police", clock);

        Assert.Equal("subGroupMeetingOn", Assert.Throws<InvalidValueException>(() => action.SignOff("bm", clock, atSubGroup: true)).Field);
        Assert.Equal("subGroupMeetingOn", Assert.Throws<InvalidValueException>(() => action.SignOff("bm", clock, true, Today.AddDays(1))).Field);
        Assert.Equal(ActionStatus.AwaitingSignOff, action.Status);

        action.SignOff("bm", clock, atSubGroup: true, subGroupMeetingOn: Today);
        Assert.Equal(Today, action.SignOffDecisions.Single().SubGroupMeetingOn);
        Assert.Equal(ActionStatus.SignedOff, action.Status);
    }
}
