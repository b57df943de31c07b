using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.LearningAction.Tests;

/// <summary>Learning events, debriefs, wider events and course sessions: what each must carry, attendance by agency and role, feedback.</summary>
public sealed class LearningEventTests
{
    private static readonly DateOnly Today = Occasions.Today;

    [Fact]
    public void An_occasion_is_recorded_once_held_not_before()
    {
        var refused = Assert.Throws<InvalidValueException>(() => Occasions.Held(LearningEventKinds.WiderEvent, Today.AddDays(1)));
        Assert.Equal("heldOn", refused.Field);
        Assert.Equal(Today, Occasions.Held(LearningEventKinds.WiderEvent, Today).HeldOn);
    }

    [Theory]
    [InlineData(LearningEventKinds.PractitionerLearningEvent)]
    [InlineData(LearningEventKinds.Debrief)]
    public void A_practitioner_learning_event_or_debrief_names_its_review(string kind)
    {
        var refused = Assert.Throws<InvalidValueException>(() =>
            LearningEvent.Record("northshire", kind, "Child H", Today, "Independent reviewer", [], ["neglect"], "business-unit", Plans.On(Today)));
        Assert.Equal("reviewIds", refused.Field);
        var review = Guid.NewGuid();
        Assert.Equal([review], Occasions.Held(kind, Today, reviewId: review).ReviewIds);
    }

    [Fact]
    public void A_course_or_wider_event_carries_a_review_or_a_theme_in_its_coded_form_and_an_unknown_kind_is_refused()
    {
        Assert.Equal("themes", Assert.Throws<InvalidValueException>(() =>
            LearningEvent.Record("northshire", LearningEventKinds.TrainingCourse, "Safe sleep", Today, "ICB trainer", [], [" "], "b", Plans.On(Today))).Field);
        Assert.Equal("kind", Assert.Throws<InvalidValueException>(() =>
            LearningEvent.Record("northshire", "webinar", "Safe sleep", Today, "ICB trainer", [], ["safe sleep"], "b", Plans.On(Today))).Field);
        var course = Occasions.Held(LearningEventKinds.TrainingCourse, Today, themes: ["Safe sleep", "safe-sleep", "Domestic  abuse"]);
        Assert.Equal(["safe-sleep", "domestic-abuse"], course.Themes);
    }

    [Fact]
    public void An_agencys_attendance_replaces_its_earlier_figures_and_leaves_other_agencies_alone()
    {
        var learningEvent = Occasions.Held(LearningEventKinds.WiderEvent, Today)
            .Attended("Northshire Police", ("Response officer", 12), ("Detective", 3))
            .Attended("Northshire County Council", ("Social worker", 20));
        Assert.Equal(35, learningEvent.Practitioners);

        learningEvent.Attended("northshire police", ("Response officer", 10));
        Assert.Equal(30, learningEvent.Practitioners);
        Assert.Equal(["Northshire County Council", "Northshire Police"], learningEvent.Attendance.Select(a => a.Agency));
    }

    [Fact]
    public void Attendance_needs_each_role_once_with_at_least_one_practitioner()
    {
        var learningEvent = Occasions.Held(LearningEventKinds.WiderEvent, Today);
        Assert.Equal("roles", Assert.Throws<InvalidValueException>(() => learningEvent.Attended("Northshire Police", ("Response officer", 0))).Field);
        Assert.Equal("roles", Assert.Throws<InvalidValueException>(() => learningEvent.Attended("Northshire Police")).Field);
        Assert.Equal("roles", Assert.Throws<InvalidValueException>(() =>
            learningEvent.Attended("Northshire Police", ("Detective", 1), ("detective", 2))).Field);
        Assert.Equal("agency", Assert.Throws<InvalidValueException>(() => learningEvent.Attended(" ", ("Detective", 1))).Field);
        Assert.Empty(learningEvent.Attendance);
    }

    [Fact]
    public void Feedback_is_an_average_from_1_to_5_over_no_more_responses_than_practitioners_attending()
    {
        var clock = Plans.On(Today);
        var learningEvent = Occasions.Held(LearningEventKinds.TrainingCourse, Today).Attended("Northshire Police", ("Response officer", 12));
        Assert.Equal("average", Assert.Throws<InvalidValueException>(() => learningEvent.RecordFeedback(5.5m, 10, clock)).Field);
        Assert.Equal("average", Assert.Throws<InvalidValueException>(() => learningEvent.RecordFeedback(0.9m, 10, clock)).Field);
        Assert.Equal("responses", Assert.Throws<InvalidValueException>(() => learningEvent.RecordFeedback(4m, 0, clock)).Field);
        Assert.Throws<StepNotAllowedException>(() => learningEvent.RecordFeedback(4m, 13, clock));

        learningEvent.RecordFeedback(4.333m, 12, clock);
        Assert.Equal((4.33m, 12), (learningEvent.Feedback!.Average, learningEvent.Feedback.Responses));
    }
}
