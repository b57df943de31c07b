using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Tests;

/// <summary>Plan entries and actions for the rules' tests, on a fake clock.</summary>
internal static class Plans
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>A clock at midday, England and Wales time, on <paramref name="day"/>.</summary>
    public static FakeTimeProvider On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public static CaseReviewReportAcceptedIntegrationEvent Accepted(Guid? reviewId = null) => new(
        reviewId ?? Guid.NewGuid(), Guid.NewGuid(), "northshire", "local-child-safeguarding-practice-review", new DateOnly(2026, 11, 2),
        ["information-sharing", "domestic-abuse"],
        [new AcceptedRecommendation("R1", "Police share domestic abuse call-outs with children's social care."),
         new AcceptedRecommendation("R2", "Health visitors ask about every adult in the household.")]);

    public static PlanAction Action(DateOnly dueOn, DateOnly raisedOn, string lead = "Northshire Police") =>
        PlanAction.Raise(ActionPlanEntry.ForRecommendation(PlanRecommendation.From(Accepted(), On(raisedOn).GetUtcNow()).First()),
            lead, [], "Brief every response officer on sharing call-outs.", "An audit of 20 call-outs finds every one shared.", dueOn, ["thresholds"],
            "business-unit", Calendar, On(raisedOn));

    public static Evidence Statement(DateOnly on) => new()
    {
        Id = Guid.NewGuid(), Kind = Evidence.Text, Title = "Briefing attendance", Statement = "All 14 response teams briefed.",
        AddedAt = On(on).GetUtcNow(), AddedBy = "police",
    };
}
