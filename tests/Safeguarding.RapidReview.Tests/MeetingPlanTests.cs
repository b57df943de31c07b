using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.RapidReview.Tests;

/// <summary>The rapid review meeting as planned: invitations, papers and attendance against invitations, on the aggregate alone.</summary>
public sealed class MeetingPlanTests
{
    // Notified Friday 18 December 2026; due Wednesday 13 January 2027.
    private static readonly DateOnly NotifiedOn = new(2026, 12, 18);
    private static readonly DateOnly Today = new(2026, 12, 23);
    private static readonly DateOnly MeetsOn = new(2027, 1, 5);

    private static readonly Invitee Police = new("Northshire Police", "police", "DS Jo Example", "jo@police.example");
    private static readonly Invitee Health = new("Northshire Integrated Care Board", "health", "Dr Sam Lee", "sam@icb.example");
    private static readonly Invitee School = new("Northshire Academy", "relevant-agency", "Dan Lead", "dsl@academy.example");

    [Fact]
    public void Invitations_plan_the_meeting_and_raise_one_event_without_emails_or_names()
    {
        var review = Reviews.Open(NotifiedOn);
        var invited = review.InviteToMeeting(MeetsOn, new TimeOnly(10, 0), " Council offices, room 2 ", [Police, Health], "business-unit", Reviews.On(Today));

        Assert.Equal(2, invited.Count);
        var plan = review.MeetingPlan!;
        Assert.Equal((MeetsOn, new TimeOnly(10, 0), "Council offices, room 2"), (plan.MeetsOn, plan.StartsAt, plan.Venue));
        Assert.All(plan.Invitations, i => Assert.Null(i.Attended));
        Assert.All(plan.Invitations, i => Assert.Equal("business-unit", i.InvitedBy));
        Assert.Equal(Reviews.On(Today).GetUtcNow(), plan.Invitations[0].InvitedAt);

        var sent = Assert.IsType<RapidReviewMeetingInvitationsSentIntegrationEvent>(Assert.Single(review.RaisedEvents()).Event);
        Assert.Equal((review.Id, "northshire", MeetsOn, "Council offices, room 2"), (sent.RapidReviewId, sent.Partnership, sent.MeetsOn, sent.Venue));
        Assert.Equal(["Northshire Police", "Northshire Integrated Care Board"], sent.InvitedAgencies);
        var text = System.Text.Json.JsonSerializer.Serialize(sent);
        Assert.DoesNotContain("@", text);
        Assert.DoesNotContain("DS Jo Example", text);
    }

    [Fact]
    public void A_later_call_moves_the_meeting_and_adds_invitees_and_an_email_already_invited_is_left_as_it_was()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(Today);
        review.InviteToMeeting(MeetsOn, new TimeOnly(10, 0), "Room 2", [Police], "business-unit", clock);
        var first = review.MeetingPlan!.Invitations[0];

        var again = Police with { Name = "Someone else", Email = "JO@police.example" };
        var invited = review.InviteToMeeting(MeetsOn.AddDays(1), null, "Room 5", [again, School, School], "business-unit", clock);

        Assert.Equal([School.Email], invited.Select(i => i.Email));
        var plan = review.MeetingPlan!;
        Assert.Equal((MeetsOn.AddDays(1), (TimeOnly?)null, "Room 5"), (plan.MeetsOn, plan.StartsAt, plan.Venue));
        Assert.Equal(2, plan.Invitations.Count);
        Assert.Same(first, plan.Invitations[0]);
        Assert.Equal("DS Jo Example", first.Name);
        Assert.Equal(2, review.RaisedEvents().Count);
    }

    [Fact]
    public void The_meeting_date_is_not_before_the_notification_nor_more_than_30_days_after_the_review_is_due()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(Today);

        Assert.Equal("meetsOn", Invalid(() => review.InviteToMeeting(NotifiedOn.AddDays(-1), null, "Room 2", [Police], "business-unit", clock)));
        Assert.Equal("meetsOn", Invalid(() => review.InviteToMeeting(review.DueOn.AddDays(31), null, "Room 2", [Police], "business-unit", clock)));
        review.InviteToMeeting(review.DueOn.AddDays(30), null, "Room 2", [Police], "business-unit", clock);
        review.InviteToMeeting(NotifiedOn, null, "Room 2", [Police], "business-unit", clock);
        Assert.Equal(NotifiedOn, review.MeetingPlan!.MeetsOn);
    }

    [Fact]
    public void No_invitations_once_the_meeting_is_recorded_the_chair_has_decided_or_the_review_is_closed()
    {
        var clock = Reviews.On(Today);
        var met = Reviews.Open(NotifiedOn);
        met.RecordMeeting(Today, true, true, true, "business-unit", clock);
        Assert.Contains("invitations are closed", NotAllowed(() => met.InviteToMeeting(MeetsOn, null, "Room 2", [Police], "business-unit", clock)));

        var decided = Reviews.Decided(NotifiedOn, Today);
        Assert.Contains("invitations are closed", NotAllowed(() => decided.InviteToMeeting(MeetsOn, null, "Room 2", [Police], "business-unit", clock)));

        var closed = Reviews.Open(NotifiedOn);
        closed.CloseForWithdrawal(Today);
        Assert.Contains("is closed", NotAllowed(() => closed.InviteToMeeting(MeetsOn, null, "Room 2", [Police], "business-unit", clock)));
        Assert.Null(closed.MeetingPlan);
        Assert.Empty(closed.RaisedEvents());
    }

    [Fact]
    public void Papers_follow_the_invitations_and_close_with_the_decision_or_the_review()
    {
        var clock = Reviews.On(Today);
        var review = Reviews.Open(NotifiedOn);
        Assert.Contains("Invite the partners", NotAllowed(() => review.ShareMeetingPaper(Paper())));

        review.InviteToMeeting(MeetsOn, null, "Room 2", [Police], "business-unit", clock);
        var paper = review.ShareMeetingPaper(Paper());
        Assert.Same(paper, Assert.Single(review.MeetingPlan!.Papers));
        // The notes of the meeting may follow it, until the chair decides.
        review.RecordMeeting(Today, true, true, true, "business-unit", clock);
        review.ShareMeetingPaper(Paper());
        review.Recommend(Reviews.Recommendation(), clock);
        review.Decide(ReviewOutcomes.NoFurtherAction, "r", "Chair", clock);
        Assert.Contains("papers are closed", NotAllowed(() => review.ShareMeetingPaper(Paper())));

        var closed = Reviews.Open(NotifiedOn);
        closed.InviteToMeeting(MeetsOn, null, "Room 2", [Police], "business-unit", clock);
        closed.CloseForWithdrawal(Today);
        Assert.Contains("is closed", NotAllowed(() => closed.ShareMeetingPaper(Paper())));
    }

    [Fact]
    public void A_meeting_has_at_most_30_papers_and_200_invitations()
    {
        var clock = Reviews.On(Today);
        var review = Reviews.Open(NotifiedOn);
        for (var i = 0; i < 4; i++)
        {
            review.InviteToMeeting(MeetsOn, null, "Room 2", Enumerable.Range(0, 50).Select(n => Police with { Email = $"p{i}-{n}@police.example" }).ToList(), "bu", clock);
        }

        Assert.Contains("at most 200 invitations", NotAllowed(() => review.InviteToMeeting(MeetsOn, null, "Room 2", [School], "bu", clock)));
        for (var i = 0; i < MeetingPlan.MaxPapers; i++)
        {
            review.ShareMeetingPaper(Paper());
        }

        Assert.Contains("at most 30 papers", NotAllowed(() => review.ShareMeetingPaper(Paper())));
    }

    [Fact]
    public void Only_invited_agencies_are_invited_whatever_the_case_of_their_name()
    {
        var review = Reviews.Open(NotifiedOn);
        review.InviteToMeeting(MeetsOn, null, "Room 2", [Police], "business-unit", Reviews.On(Today));

        Assert.True(review.MeetingPlan!.Invited("Northshire Police"));
        Assert.True(review.MeetingPlan.Invited("northshire police "));
        Assert.False(review.MeetingPlan.Invited("Northshire Academy"));
        Assert.False(review.MeetingPlan.Invited(null));
        Assert.False(review.MeetingPlan.Invited(""));
    }

    [Fact]
    public void Attendance_is_recorded_against_invitations_and_none_stays_unknown()
    {
        var clock = Reviews.On(Today);
        var review = Reviews.Open(NotifiedOn);
        review.InviteToMeeting(Today, null, "Room 2", [Police, Health, School], "business-unit", clock);
        var (police, health, school) = (review.MeetingPlan!.Invitations[0], review.MeetingPlan.Invitations[1], review.MeetingPlan.Invitations[2]);

        review.RecordMeeting(Today, localAuthority: true, police: true, health: false, "business-unit", clock,
            [new InviteeAttendance(police.Id, true), new InviteeAttendance(health.Id, false)]);

        Assert.Equal((true, false, (bool?)null), (police.Attended, health.Attended, school.Attended));
        Assert.True(review.Meeting!.PoliceAttended);
    }

    [Fact]
    public void Attendance_names_an_invitation_of_this_review_once_and_agrees_with_the_partners_attendance()
    {
        var clock = Reviews.On(Today);
        var review = Reviews.Open(NotifiedOn);
        review.InviteToMeeting(Today, null, "Room 2", [Police, School], "business-unit", clock);
        var (police, school) = (review.MeetingPlan!.Invitations[0], review.MeetingPlan.Invitations[1]);

        Assert.Equal("invitees[1].invitationId", Invalid(() => review.RecordMeeting(Today, true, true, true, "bu", clock,
            [new InviteeAttendance(police.Id, true), new InviteeAttendance(Guid.NewGuid(), true)])));
        Assert.Equal("invitees[1].invitationId", Invalid(() => review.RecordMeeting(Today, true, true, true, "bu", clock,
            [new InviteeAttendance(school.Id, true), new InviteeAttendance(school.Id, false)])));
        // The police invitee attended, but the partners' attendance says the police did not.
        Assert.Equal("invitees[0].attended", Invalid(() => review.RecordMeeting(Today, true, false, true, "bu", clock,
            [new InviteeAttendance(police.Id, true)])));
        // Nothing was recorded by the refused attempts.
        Assert.Null(review.Meeting);
        Assert.All(review.MeetingPlan.Invitations, i => Assert.Null(i.Attended));

        // A relevant agency is none of the three partners; an invitee who stayed away says nothing about their partner.
        review.RecordMeeting(Today, true, true, false, "bu", clock, [new InviteeAttendance(school.Id, true), new InviteeAttendance(police.Id, false)]);
        Assert.Equal((false, (bool?)true), (police.Attended!.Value, school.Attended));
    }

    [Fact]
    public void Attendance_against_invitations_needs_invitations_and_without_it_the_meeting_is_recorded_as_before()
    {
        var clock = Reviews.On(Today);
        var review = Reviews.Open(NotifiedOn);
        Assert.Equal("invitees[0].invitationId", Invalid(() => review.RecordMeeting(Today, true, true, true, "bu", clock,
            [new InviteeAttendance(Guid.NewGuid(), true)])));

        review.RecordMeeting(Today, true, false, true, "bu", clock, []);
        Assert.False(review.Meeting!.PoliceAttended);
        Assert.Null(review.MeetingPlan);
        Assert.NotNull(review.Milestones.Single(m => m.Code == "rapid-review-meeting").CompletedAt);
    }

    private static MeetingPaper Paper() => new()
    {
        Id = Guid.NewGuid(), Title = "Chronology", FileName = "chronology.pdf", ContentType = "application/pdf", Size = 9,
        Sha256 = new string('0', 64), UploadedBy = "business-unit",
    };

    private static string NotAllowed(Action step) => Assert.Throws<StepNotAllowedException>(step).Message;

    private static string Invalid(Action step) => Assert.Throws<InvalidValueException>(step).Field;
}
