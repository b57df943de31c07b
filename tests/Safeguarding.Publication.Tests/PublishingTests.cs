using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.Publication.Tests;

/// <summary>Publishing on the day with an anonymous register entry, the chair's sensitive delays, and decisions not to publish.</summary>
public sealed class PublishingTests
{
    // Decided on 1 July 2026: the 6 months run to 1 January 2027. Sent on 21 December; the earliest lawful date is 4 January.
    private static readonly DateOnly Decided = new(2026, 7, 1);
    private static readonly DateOnly Sent = new(2026, 12, 21);
    private static readonly DateOnly PublishOn = new(2027, 1, 4);

    private static readonly RegisterEntry Entry = new()
    {
        Name = "Child A", Incident = "A baby was seriously injured at home.", AgeBand = "under-1", Sex = "female", IncidentMonth = "2026-05",
    };

    private static Api.Model.Publication Scheduled()
    {
        var publication = Publications.Opened(Sent, Decided);
        Publications.Upload(publication, Sent, "Child A lived with her mother.");
        publication.AddIdentifier("Ann Jones", "Child A lived with her mother.", "b", Publications.On(Sent));
        Publications.Schedule(publication, Sent, PublishOn);
        return publication;
    }

    [Fact]
    public void A_scheduled_report_is_published_on_its_day_with_its_register_entry_and_the_event_carries_nothing_that_names_the_child()
    {
        var publication = Scheduled();
        Assert.Contains("2027-01-04", Assert.Throws<StepNotAllowedException>(() =>
            publication.Publish(Entry, "b", Publications.On(PublishOn.AddDays(-1)))).Message);

        publication.Publish(Entry, "b", Publications.On(PublishOn));

        Assert.Equal((PublicationStatus.Published, PublishOn, false), (publication.Status, publication.PublishedOn, publication.PublishedWithinSixMonths));
        Assert.Equal(new DateOnly(2027, 1, 1), publication.DueBy);
        var published = Assert.IsType<ReviewPublishedIntegrationEvent>(publication.RaisedEvents()[^1].Event);
        Assert.Equal(("Child A", "under-1", "2026-05", false), (published.Name, published.AgeBand, published.IncidentMonth, published.WithinSixMonths));
        Assert.Equal(["neglect"], published.LearningThemes);
        Assert.Equal(["Health visitors ask about every adult in the household."], published.Recommendations);
        Assert.Throws<StepNotAllowedException>(() => publication.Publish(Entry, "b", Publications.On(PublishOn)));
        Assert.Throws<StepNotAllowedException>(() => publication.DecideNotToPublish("r", Entry, "chair", Publications.On(PublishOn)));
    }

    [Fact]
    public void A_register_entry_that_names_an_identifier_is_refused_without_repeating_it()
    {
        var publication = Scheduled();
        var refused = Assert.Throws<InvalidValueException>(() =>
            publication.Publish(new RegisterEntry { Name = "Child A", Incident = "ann  JONES was injured." }, "b", Publications.On(PublishOn)));
        Assert.Equal("incident", refused.Field);
        Assert.DoesNotContain("Jones", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(PublicationStatus.Scheduled, publication.Status);
    }

    [Fact]
    public void The_register_shows_the_accepted_recommendations_unless_one_names_an_identifier_and_then_the_business_managers_wording()
    {
        var publication = Publications.Opened(Sent, Decided);
        Publications.Upload(publication, Sent, "Child A lived with her mother.");
        publication.AddIdentifier("every adult", "Child A lived with her mother.", "b", Publications.On(Sent));
        Publications.Schedule(publication, Sent, PublishOn);

        Assert.Equal("recommendations[0]", Assert.Throws<InvalidValueException>(() => publication.Publish(Entry, "b", Publications.On(PublishOn))).Field);
        var worded = new RegisterEntry { Name = "Child A", Incident = "i", Recommendations = ["Health visitors ask who lives in the household."] };
        publication.Publish(worded, "b", Publications.On(PublishOn));

        Assert.Equal(["Health visitors ask who lives in the household."], publication.Register!.Recommendations);
        Assert.Empty(Entry.Recommendations);
    }

    [Fact]
    public void The_chair_delays_a_scheduled_publication_to_a_later_date_for_a_reason_that_is_kept()
    {
        var publication = Scheduled();
        var clock = Publications.On(Sent);
        Assert.Equal("publishOn", Assert.Throws<InvalidValueException>(() => publication.DelayForSensitivity(PublishOn, "trial", "chair", clock)).Field);
        // Once the day has passed, a "delay" to a date still behind today is refused.
        Assert.Equal("publishOn", Assert.Throws<InvalidValueException>(() =>
            publication.DelayForSensitivity(PublishOn.AddDays(3), "trial", "chair", Publications.On(PublishOn.AddDays(5)))).Field);

        publication.DelayForSensitivity(new DateOnly(2027, 3, 1), "The trial of the child's father begins in January.", "chair", clock);
        publication.DelayForSensitivity(new DateOnly(2027, 3, 8), "The anniversary of the incident.", "chair", clock);

        Assert.Equal(new DateOnly(2027, 3, 8), publication.PublishOn);
        Assert.Equal([(PublishOn, new DateOnly(2027, 3, 1)), (new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 8))],
            publication.Delays.Select(d => (d.From, d.To)));
        Assert.Equal(2, publication.RaisedEvents().Count(e => e.Event is PublicationDelayedIntegrationEvent));
        Assert.Throws<StepNotAllowedException>(() => publication.Publish(Entry, "b", Publications.On(new DateOnly(2027, 3, 5))));
        Assert.Throws<StepNotAllowedException>(() => Publications.Opened(Sent).DelayForSensitivity(PublishOn, "r", "chair", clock));
    }

    [Fact]
    public void A_decision_not_to_publish_keeps_its_reasons_and_puts_the_improvements_on_the_register()
    {
        var publication = Publications.Opened(Sent, Decided);
        publication.AddIdentifier("Ann Jones", null, "b", Publications.On(Sent));
        var improvements = new RegisterEntry { Name = "Child B", Incident = "Every midwife now asks about safe sleep at each visit." };
        Assert.Equal("improvements", Assert.Throws<InvalidValueException>(() => publication.DecideNotToPublish("r",
            new RegisterEntry { Name = "Child B", Incident = "Ann Jones's school now checks attendance daily." }, "chair", Publications.On(Sent))).Field);

        publication.DecideNotToPublish("Publication would identify the siblings.", improvements, "chair", Publications.On(Sent));

        Assert.Equal(PublicationStatus.NotPublished, publication.Status);
        Assert.Equal(("Publication would identify the siblings.", Sent), (publication.NotPublishing!.Reasons, publication.NotPublishing.DecidedOn));
        Assert.True(publication.OnRegister);
        var decided = Assert.IsType<DecisionNotToPublishIntegrationEvent>(Assert.Single(publication.RaisedEvents()).Event);
        Assert.Equal(improvements.Incident, decided.Improvements);
        Assert.Throws<StepNotAllowedException>(() => Publications.Upload(publication, Sent));
    }

    [Fact]
    public void Timeliness_counts_publications_within_six_months_of_the_decision_and_keeps_every_delays_reasons()
    {
        var late = Scheduled();
        late.DelayForSensitivity(new DateOnly(2027, 3, 1), "The trial begins in January.", "chair", Publications.On(Sent));
        late.Publish(Entry, "b", Publications.On(new DateOnly(2027, 3, 1)));
        var onTime = Publications.Opened(Sent, new DateOnly(2026, 12, 1));
        Publications.Upload(onTime, Sent, "Child B lived with her father.");
        Publications.Schedule(onTime, Sent, PublishOn);
        onTime.Publish(Entry, "b", Publications.On(PublishOn));
        var unknown = Publications.Opened(Sent);
        Publications.Upload(unknown, Sent, "Child C.");
        Publications.Schedule(unknown, Sent, PublishOn);
        unknown.Publish(Entry, "b", Publications.On(PublishOn));
        var declined = Publications.Opened(Sent, Decided);
        declined.DecideNotToPublish("r", new RegisterEntry { Name = "Child D", Incident = "i" }, "chair", Publications.On(Sent));

        var figures = PublicationTimeliness.Of([late, onTime, unknown, declined, Publications.Opened(Sent, Decided)]);

        Assert.Equal((3, 1, 1, 1), (figures.Published, figures.WithinSixMonths, figures.Unknown, figures.NotPublished));
        var delayed = Assert.Single(figures.Delayed);
        Assert.Equal((late.Id, false, new DateOnly(2027, 1, 1)), (delayed.PublicationId, delayed.PublishedWithinSixMonths, delayed.DueBy));
        Assert.Equal(["The trial begins in January."], delayed.Reasons);
    }

    [Fact]
    public void A_report_stays_online_for_a_year_and_then_moves_to_the_archive()
    {
        var publication = Scheduled();
        publication.Publish(Entry, "b", Publications.On(PublishOn));
        Assert.False(publication.Archived(PublishOn.AddYears(1)));
        Assert.True(publication.Archived(PublishOn.AddYears(1).AddDays(1)));
    }
}
