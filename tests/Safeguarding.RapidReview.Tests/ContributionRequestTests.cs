using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.RapidReview.Tests;

/// <summary>Contribution requests: asked by a working day of the schedule, reminded, escalated, met; and the chronology they feed.</summary>
public sealed class ContributionRequestTests
{
    // Notified Monday 7 December 2026: Day 1 is Tuesday 8 December, Day 7 Wednesday 16 December.
    private static readonly DateOnly NotifiedOn = new(2026, 12, 7);
    private static readonly DateOnly Day7 = new(2026, 12, 16);

    private static readonly (string, string)[] PoliceAndHealth = [("Northshire Police", "police"), ("Northshire Integrated Care Board", "health")];

    [Fact]
    public void A_request_falls_due_on_the_working_day_of_the_schedule_and_is_announced()
    {
        var review = Reviews.Open(NotifiedOn);

        var made = review.RequestContributions(PoliceAndHealth, 7, "business-unit", Reviews.Calendar, Reviews.On(NotifiedOn));

        Assert.All(made, r => Assert.Equal(Day7, r.DueOn));
        Assert.Equal(["Northshire Police", "Northshire Integrated Care Board"],
            review.RaisedEvents().Select(e => e.Event).OfType<ContributionRequestedIntegrationEvent>().Select(e => e.Agency));
        Assert.All(made, r => Assert.Equal(ContributionRequestStatus.Requested, r.StatusOn(NotifiedOn)));
    }

    [Fact]
    public void A_request_cannot_fall_due_in_the_past_nor_ask_an_agency_twice()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(new DateOnly(2026, 12, 17));

        Assert.Equal("dueDay", Assert.Throws<InvalidValueException>(() =>
            review.RequestContributions(PoliceAndHealth, 7, "business-unit", Reviews.Calendar, clock)).Field);
        Assert.Equal("agencies", Assert.Throws<InvalidValueException>(() =>
            review.RequestContributions([("Northshire Police", "police"), ("northshire police ", "police")], 10, "bu", Reviews.Calendar, clock)).Field);
        review.RequestContributions(PoliceAndHealth, 10, "business-unit", Reviews.Calendar, clock);
        Assert.Contains("already been asked", Assert.Throws<StepNotAllowedException>(() =>
            review.RequestContributions([("Northshire Police", "police")], 12, "bu", Reviews.Calendar, clock)).Message);
    }

    [Fact]
    public void The_agencys_contribution_meets_its_request_whether_it_sends_it_or_the_business_unit_records_it()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(NotifiedOn);
        review.RequestContributions(PoliceAndHealth, 7, "business-unit", Reviews.Calendar, clock);

        var police = review.Contribute(Reviews.Contribution("Northshire Police"), senderAgency: null, clock);
        review.Contribute(Reviews.Contribution("northshire integrated care board"), senderAgency: "Northshire Integrated Care Board", clock);

        Assert.All(review.ContributionRequests, r => Assert.Equal(ContributionRequestStatus.Received, r.StatusOn(Day7.AddDays(1))));
        Assert.Equal(police.Id, review.ContributionRequests[0].ContributionId);
        Assert.Contains("already contributed", Assert.Throws<StepNotAllowedException>(() =>
            review.RequestContributions([("Northshire Police", "police")], 12, "bu", Reviews.Calendar, clock)).Message);
    }

    [Fact]
    public void Awaited_contributions_are_reminded_before_they_are_due_and_escalated_once_overdue_each_once()
    {
        var review = Reviews.Open(NotifiedOn);
        review.RequestContributions(PoliceAndHealth, 7, "business-unit", Reviews.Calendar, Reviews.On(NotifiedOn));

        Assert.Equal(0, review.ChaseContributions(Reviews.Calendar, Reviews.On(new DateOnly(2026, 12, 11)), reminderWorkingDays: 2));
        Assert.Equal(2, review.ChaseContributions(Reviews.Calendar, Reviews.On(new DateOnly(2026, 12, 14)), reminderWorkingDays: 2));
        Assert.Equal(0, review.ChaseContributions(Reviews.Calendar, Reviews.On(Day7), reminderWorkingDays: 2));
        review.Contribute(Reviews.Contribution("Northshire Police"), null, Reviews.On(Day7));
        Assert.Equal(1, review.ChaseContributions(Reviews.Calendar, Reviews.On(Day7.AddDays(1)), reminderWorkingDays: 2));
        Assert.Equal(0, review.ChaseContributions(Reviews.Calendar, Reviews.On(Day7.AddDays(2)), reminderWorkingDays: 2));

        var events = review.RaisedEvents().Select(e => e.Event).ToList();
        Assert.Equal(2, events.OfType<ContributionReminderIntegrationEvent>().Count());
        var overdue = Assert.Single(events.OfType<ContributionOverdueIntegrationEvent>());
        Assert.Equal(("Northshire Integrated Care Board", Day7), (overdue.Agency, overdue.DueOn));
        Assert.True(review.ContributionRequests[1].IsOverdueOn(Day7.AddDays(1)));
    }

    [Fact]
    public void Nothing_is_chased_or_asked_once_the_chair_has_decided()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(NotifiedOn);
        review.RequestContributions(PoliceAndHealth, 7, "business-unit", Reviews.Calendar, clock);
        review.RecordMeeting(NotifiedOn, true, true, true, "bu", clock);
        review.Recommend(Reviews.Recommendation(), clock);
        review.Decide(ReviewOutcomes.NoFurtherAction, "r", "Chair", clock);

        Assert.Equal(0, review.ChaseContributions(Reviews.Calendar, Reviews.On(Day7.AddDays(3)), 2));
        Assert.Contains("contributions are closed", Assert.Throws<StepNotAllowedException>(() =>
            review.RequestContributions([("Northshire Academy", "relevant-agency")], 12, "bu", Reviews.Calendar, clock)).Message);
    }

    [Fact]
    public void The_chronology_merges_every_agencys_dated_episodes_in_date_order_and_no_episode_is_dated_in_the_future()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(NotifiedOn);
        var police = Reviews.Contribution("Northshire Police");
        police.KeyPracticeEpisodes = [new() { On = new(2026, 3, 14), Episode = "Call-out" }, new() { On = new(2026, 11, 2), Episode = "Second call-out" }];
        var health = Reviews.Contribution("Northshire Integrated Care Board");
        health.KeyPracticeEpisodes = [new() { On = new(2026, 6, 1), Episode = "Missed appointment" }];
        review.Contribute(police, null, clock);
        review.Contribute(health, null, clock);

        Assert.Equal(["Call-out", "Missed appointment", "Second call-out"], review.Chronology().Select(e => e.Episode));
        Assert.Equal("Northshire Integrated Care Board", review.Chronology()[1].Agency);

        var future = Reviews.Contribution("Northshire Academy");
        future.KeyPracticeEpisodes = [new() { On = NotifiedOn, Episode = "ok" }, new() { On = NotifiedOn.AddDays(1), Episode = "tomorrow" }];
        Assert.Equal("keyPracticeEpisodes[1].on", Assert.Throws<InvalidValueException>(() => review.Contribute(future, null, clock)).Field);
    }

    [Fact]
    public void A_csv_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text()
    {
        Assert.Equal("'=1+1", Api.Apis.ChronologyCsv.Cell("=1+1"));
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\"", Api.Apis.ChronologyCsv.Cell("=HYPERLINK(\"x\")"));
        Assert.Equal("'-1", Api.Apis.ChronologyCsv.Cell("-1"));
        Assert.Equal("\"a, b\"", Api.Apis.ChronologyCsv.Cell("a, b"));
    }

    [Fact]
    public void An_agency_cannot_contribute_in_another_agencys_name_nor_answer_its_request()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(NotifiedOn);
        review.RequestContributions(PoliceAndHealth, 7, "business-unit", Reviews.Calendar, clock);

        var refused = Assert.Throws<InvalidValueException>(() =>
            review.Contribute(Reviews.Contribution("Northshire Police"), senderAgency: "Northshire Academy", clock));

        Assert.Equal("agency", refused.Field);
        Assert.Empty(review.Contributions);
        Assert.All(review.ContributionRequests, r => Assert.Equal(ContributionRequestStatus.Requested, r.StatusOn(NotifiedOn)));
    }
}
