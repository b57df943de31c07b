using Microsoft.Extensions.Time.Testing;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Tests;

/// <summary>Rapid reviews for the rules' tests, opened and taken through their steps on a fake clock.</summary>
internal static class Reviews
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>A clock at midday, England and Wales time, on <paramref name="day"/>.</summary>
    public static FakeTimeProvider On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public static Api.Model.RapidReview Open(DateOnly notifiedOn, IReadOnlyDictionary<string, int>? schedule = null) =>
        Api.Model.RapidReview.Open(Guid.NewGuid(), "northshire", "Northshire County Council", "serious-harm", notifiedOn, Calendar,
            On(notifiedOn).GetUtcNow(), schedule: schedule);

    public static Recommendation Recommendation(string outcome = ReviewOutcomes.LocalPracticeReview) => new()
    {
        Facts = "Summary of agency involvement.", LearningIdentified = "l", ImmediateActions = "i", RecommendedOutcome = outcome,
        Rationale = "r", SubmittedBy = "business-unit",
    };

    public static AgencyContribution Contribution(string agency = "Northshire Police") => new()
    {
        Id = Guid.NewGuid(), Agency = agency, AgencyType = "police", Involvement = "Two call-outs.",
        Practitioner = new Practitioner { Name = "DS Jo Example", Role = "Detective sergeant", Telephone = "01632 960 789", Email = "jo@police.example" },
        SubmittedBy = "police",
    };

    /// <summary>Met, recommended and decided on <paramref name="day"/>.</summary>
    public static Api.Model.RapidReview Decided(DateOnly notifiedOn, DateOnly day, string outcome = ReviewOutcomes.LocalPracticeReview)
    {
        var review = Open(notifiedOn);
        var clock = On(day);
        review.RecordMeeting(day, true, true, true, "business-unit", clock);
        review.Recommend(Recommendation(outcome), clock);
        review.Decide(outcome, "r", "Chair", clock);
        return review;
    }

    /// <summary>Decided and sent to the national panel on <paramref name="submittedOn"/>.</summary>
    public static Api.Model.RapidReview Submitted(DateOnly notifiedOn, DateOnly submittedOn, string? delayReason = null)
    {
        var review = Decided(notifiedOn, submittedOn);
        review.SubmitToPanel(submittedOn, delayReason, "business-unit", On(submittedOn));
        return review;
    }
}
