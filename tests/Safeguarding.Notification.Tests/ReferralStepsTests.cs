using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Tests;

/// <summary>A referral's decision, on the aggregate alone: notified, not notified (escalated on disagreement), or kept for learning.</summary>
public sealed class ReferralStepsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2026, 12, 23);

    [Fact]
    public void A_decision_not_to_notify_with_every_partner_agreeing_closes_the_referral()
    {
        var referral = Refer();
        referral.RecordDecisionNotToNotify("Accidental injury.", Positions("agree", "agree", "agree"), "Priya Shah", Clock);

        Assert.Equal(ReferralStatus.NotNotified, referral.Status);
        Assert.Null(referral.Escalation);
        Assert.Equal(Today, referral.DecidedOn);
        Assert.False(Assert.IsType<DecisionNotToNotifyRecordedIntegrationEvent>(referral.RaisedEvents()[^1].Event).Escalated);
    }

    [Fact]
    public void A_partner_disagreeing_escalates_to_the_chair_who_resolves_it_once()
    {
        var referral = Refer();
        referral.RecordDecisionNotToNotify("Accidental injury.", Positions("agree", "disagree", "agree"), "Priya Shah", Clock);
        Assert.Equal(ReferralStatus.Escalated, referral.Status);
        Assert.Equal(["police"], referral.Escalation!.DisagreeingPartners);
        Assert.Contains("resolves the escalation first", NotAllowed(() => referral.Notify(Forms.Valid(), "la", null, Clock)));

        referral.ResolveEscalation("notify", "The police concern is well founded.", "chair", "Helen Marsh", Clock);
        Assert.Equal(ReferralStatus.NotificationAgreed, referral.Status);
        Assert.Contains("Only an escalated referral", NotAllowed(() => referral.ResolveEscalation("do-not-notify", "r", "chair", null, Clock)));

        var notification = referral.Notify(Forms.Valid(), "la", null, Clock);
        Assert.Equal(ReferralStatus.Notified, referral.Status);
        Assert.Equal(notification.Id, referral.NotificationId);
        Assert.Equal(referral.Id, notification.ReferralId);
        Assert.False(notification.Retrospective);
        Assert.Contains("amend that notification instead", NotAllowed(() => referral.Notify(Forms.Valid(), "la", null, Clock)));
    }

    [Fact]
    public void A_case_kept_for_learning_records_its_outcome_once_and_takes_no_other_decision()
    {
        var referral = Refer();
        referral.KeepForLearning("Below the threshold.", "Case mapping with the school.", Clock);
        Assert.Contains("under consideration", NotAllowed(() => referral.RecordDecisionNotToNotify("r", Positions("agree", "agree", "agree"), "bu", Clock)));

        referral.RecordLearningOutcome("Attendance concerns now shared weekly.", Clock);
        Assert.Equal(Today, referral.LearningRoute!.OutcomeRecordedOn);
        Assert.Contains("already recorded", NotAllowed(() => referral.RecordLearningOutcome("again", Clock)));
        Assert.True(Assert.IsType<ReferralKeptForLearningIntegrationEvent>(referral.RaisedEvents()[^1].Event).OutcomeRecorded);

        // New evidence: a case kept for learning can still be notified, retrospectively.
        Assert.Equal("newEvidence", Assert.Throws<InvalidValueException>(() => referral.Notify(Forms.Valid(), "la", null, Clock)).Field);
        var retrospective = referral.Notify(Forms.Valid(), "la", "The post-mortem found older injuries.", Clock);
        Assert.True(referral.NotifiedRetrospectively);
        Assert.True(retrospective.Retrospective);
        Assert.Equal("The post-mortem found older injuries.", retrospective.NewEvidence);
    }

    [Fact]
    public void A_referral_cannot_describe_something_that_has_not_happened_yet()
    {
        Assert.Equal("happenedOn", Assert.Throws<InvalidValueException>(() => Refer(Today.AddDays(1))).Field);
        var unborn = Assert.Throws<InvalidValueException>(() => Referral.Receive("northshire", "Academy",
            new ReferralContact { Name = "n", Role = "r", Telephone = "01632 960 456", Email = "a@b.example" },
            [new ReferredChild { Name = "A", AgeYears = 3 }, new ReferredChild { Name = "B", DateOfBirth = Today.AddDays(1) }],
            "w", Today, "r", "school", Today, Clock));
        Assert.Equal("children[1].dateOfBirth", unborn.Field);
    }

    [Fact]
    public void A_referral_is_overdue_after_its_decision_due_date_until_it_is_decided_and_the_database_applies_the_same_rule()
    {
        var referral = Refer();
        var due = new DateOnly(2027, 1, 4);
        var overdue = Referral.OverdueOn(due.AddDays(1)).Compile();

        Assert.False(referral.IsOverdueOn(due));
        Assert.True(referral.IsOverdueOn(due.AddDays(1)));
        Assert.True(overdue(referral));
        referral.KeepForLearning("Below the threshold.", "Case mapping with the school.", Clock);
        Assert.False(referral.IsOverdueOn(due.AddDays(1)));
        Assert.False(overdue(referral));
        Assert.True(Referral.OverdueOn(due.AddDays(1), overdue: false).Compile()(referral));
    }

    private static Referral Refer(DateOnly? happenedOn = null) => Referral.Receive("northshire", "Northshire Academy",
        new ReferralContact { Name = "Dan Lead", Role = "DSL", Telephone = "01632 960 456", Email = "dsl@academy.example" },
        [new ReferredChild { Name = "Olivia Testchild", AgeYears = 7 }], "Bruising seen at school.", happenedOn ?? Today, "Injury unexplained.",
        "school", new DateOnly(2027, 1, 4), Clock);

    private static List<PartnerPosition> Positions(string la, string police, string health) =>
    [
        new() { Partner = "local-authority", Position = la }, new() { Partner = "police", Position = police, Comment = police == "disagree" ? "c" : null },
        new() { Partner = "health", Position = health },
    ];

    private static string NotAllowed(Action step) => Assert.Throws<StepNotAllowedException>(step).Message;

    [Fact]
    public void A_notification_made_without_a_referral_is_recorded_among_the_cases_considered()
    {
        var (considered, notification) = Referral.NotifyDirectly("northshire", Forms.Valid(), "la", WorkingDayCalendar.EnglandAndWales, Clock);

        Assert.Equal(ReferralStatus.Notified, considered.Status);
        Assert.Equal(notification.Id, considered.NotificationId);
        Assert.Equal(considered.Id, notification.ReferralId);
        Assert.Equal(["Olivia Testchild"], considered.Children.Select(c => c.Name));
        Assert.Equal(WorkingDayCalendar.EnglandAndWales.NotificationDue(notification.NotifiedOn), considered.DecisionDueOn);
    }
}
