using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Tests;

/// <summary>Reach figures for a period: courses, sessions and events, practitioners by agency, role and theme, and the feedback.</summary>
public sealed class ReachFiguresTests
{
    private static readonly DateOnly From = new(2026, 10, 1);
    private static readonly DateOnly To = new(2026, 10, 31);

    private static List<LearningEvent> Occasions() =>
    [
        // The same course run twice in October, a debrief, and a wider event; one event before and one after the period.
        Tests.Occasions.Held(LearningEventKinds.TrainingCourse, new DateOnly(2026, 10, 5), "Safe sleep for health visitors", ["Safe sleep"])
            .Attended("Northshire Integrated Care Board", ("Health visitor", 14)),
        Tests.Occasions.Held(LearningEventKinds.TrainingCourse, new DateOnly(2026, 10, 19), "safe sleep for health visitors ", ["Safe sleep"])
            .Attended("Northshire Integrated Care Board", ("Health visitor", 9), ("GP", 2)),
        Tests.Occasions.Held(LearningEventKinds.Debrief, new DateOnly(2026, 10, 1), "Child H debrief", ["Domestic abuse"])
            .Attended("Northshire Police", ("Response officer", 6)).Attended("Northshire Integrated Care Board", ("Health visitor", 1)),
        Tests.Occasions.Held(LearningEventKinds.WiderEvent, new DateOnly(2026, 10, 31), "Partnership learning day", ["Domestic abuse", "Safe sleep"])
            .Attended("Northshire County Council", ("Social worker", 30)),
        Tests.Occasions.Held(LearningEventKinds.TrainingCourse, new DateOnly(2026, 9, 30), "Neglect toolkit", ["Neglect"])
            .Attended("Northshire County Council", ("Social worker", 50)),
        Tests.Occasions.Held(LearningEventKinds.WiderEvent, new DateOnly(2026, 11, 1), "Another day", ["Neglect"])
            .Attended("Northshire Police", ("Response officer", 40)),
    ];

    [Fact]
    public void A_period_counts_each_course_once_every_session_and_event_and_the_practitioners_held_within_it()
    {
        var reach = ReachFigures.Of(Occasions(), From, To, new ThemeSet([]));

        Assert.Equal((1, 4, 62), (reach.Courses, reach.Sessions, reach.Practitioners));
        Assert.Equal((2, 1, 1, 0), (reach.SessionsByKind[LearningEventKinds.TrainingCourse], reach.SessionsByKind[LearningEventKinds.Debrief],
            reach.SessionsByKind[LearningEventKinds.WiderEvent], reach.SessionsByKind[LearningEventKinds.PractitionerLearningEvent]));
    }

    [Fact]
    public void Reach_by_agency_counts_the_occasions_each_attended_and_its_practitioners_by_role()
    {
        var reach = ReachFigures.Of(Occasions(), From, To, new ThemeSet([]));

        Assert.Equal(["Northshire County Council", "Northshire Integrated Care Board", "Northshire Police"], reach.ByAgency.Select(a => a.Agency));
        var health = reach.ByAgency[1];
        Assert.Equal((3, 26, 24, 2), (health.Sessions, health.Practitioners, health.ByRole["Health visitor"], health.ByRole["GP"]));
        Assert.Equal((1, 30), (reach.ByAgency[0].Sessions, reach.ByAgency[0].Practitioners));
        Assert.Equal((1, 6), (reach.ByAgency[2].Sessions, reach.ByAgency[2].Practitioners));
    }

    [Fact]
    public void Reach_by_theme_has_every_coded_theme_and_counts_what_carried_it()
    {
        var reach = ReachFigures.Of(Occasions(), From, To, new ThemeSet(["Online harm"]));

        var safeSleep = reach.ByTheme.Single(t => t.Theme == "safe-sleep");
        Assert.Equal((true, 1, 3, 55), (safeSleep.Coded, safeSleep.Courses, safeSleep.Sessions, safeSleep.Practitioners));
        var domesticAbuse = reach.ByTheme.Single(t => t.Theme == "domestic-abuse");
        Assert.Equal((0, 2, 37), (domesticAbuse.Courses, domesticAbuse.Sessions, domesticAbuse.Practitioners));
        Assert.Equal((0, 0), reach.ByTheme.Single(t => t.Theme == "neglect") is var neglect ? (neglect.Sessions, neglect.Practitioners) : default);
        Assert.Contains(reach.ByTheme, t => t.Theme == "online-harm" && t.Sessions == 0);
    }

    [Fact]
    public void Feedback_is_averaged_over_every_response_and_an_open_period_counts_everything()
    {
        var occasions = Occasions();
        occasions[0].RecordFeedback(4m, 10, Plans.On(Tests.Occasions.Today));
        occasions[1].RecordFeedback(5m, 5, Plans.On(Tests.Occasions.Today));
        occasions[4].RecordFeedback(1m, 40, Plans.On(Tests.Occasions.Today));

        var october = ReachFigures.Of(occasions, From, To, new ThemeSet([]));
        Assert.Equal((4.33m, 15), (october.AverageFeedback, october.FeedbackResponses));
        var all = ReachFigures.Of(occasions, null, null, new ThemeSet([]));
        Assert.Equal((2, 6, 152, 55), (all.Courses, all.Sessions, all.Practitioners, all.FeedbackResponses));
        Assert.Null(ReachFigures.Of(occasions, new DateOnly(2027, 1, 1), null, new ThemeSet([])).AverageFeedback);
    }
}
