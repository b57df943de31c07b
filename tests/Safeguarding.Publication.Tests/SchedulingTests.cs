using Safeguarding.Publication.Api.Feeds;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Tests;

/// <summary>
/// The 7-working-day rule across Christmas 2026 (25 December, and 28 December for Boxing Day on a
/// Saturday; 1 January 2027): received on Monday 21 December, the sixth working day after is
/// 31 December and the seventh is Monday 4 January. The notice counts from the last national body
/// to have the report.
/// </summary>
public sealed class SchedulingTests
{
    private static readonly DateOnly Sent = new(2026, 12, 21);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static Api.Model.Publication Checked()
    {
        var publication = Publications.Opened(Sent);
        Publications.Upload(publication, Sent, "Child A lived with her mother.");
        return publication;
    }

    private static Api.Model.Publication Received()
    {
        var publication = Checked();
        Publications.SendAndAcknowledge(publication, Sent);
        return publication;
    }

    [Fact]
    public void Six_working_days_after_the_report_reached_the_national_bodies_across_the_bank_holidays_is_refused_naming_the_earliest_lawful_date()
    {
        var refused = Assert.Throws<StepNotAllowedException>(() => Received().Schedule(new DateOnly(2026, 12, 31), "b", Calendar, Publications.On(Sent)));
        Assert.Contains("2027-01-04", refused.Message);
    }

    [Fact]
    public void Seven_working_days_after_across_the_bank_holidays_is_accepted_and_fixes_the_report()
    {
        var publication = Received();
        publication.Schedule(new DateOnly(2027, 1, 4), "b", Calendar, Publications.On(Sent));
        Assert.Equal(PublicationStatus.Scheduled, publication.Status);
        Assert.Equal((new DateOnly(2027, 1, 4), Sent), (publication.PublishOn, publication.SentToNationalBodiesOn));
        Assert.Throws<StepNotAllowedException>(() => Publications.Upload(publication, Sent));
    }

    [Fact]
    public void The_notice_counts_from_the_last_body_to_have_the_report_and_nothing_is_scheduled_while_one_has_not()
    {
        var publication = Checked();
        publication.SendToNationalBodies("b", Publications.On(Sent));
        Assert.True(publication.Acknowledge(FeedRecipients.NationalPanel, 1, Sent, "push", Publications.On(Sent)));
        Assert.True(publication.Acknowledge(FeedRecipients.Dfe, 1, Sent, "pull", Publications.On(Sent)));
        var waiting = Assert.Throws<StepNotAllowedException>(() => publication.Schedule(new DateOnly(2027, 1, 8), "b", Calendar, Publications.On(Sent)));
        Assert.Contains("awaiting ofsted", waiting.Message);
        Assert.Equal([FeedRecipients.Ofsted], publication.AwaitingAcknowledgement);

        var tuesday = Sent.AddDays(1);
        Assert.True(publication.Acknowledge(FeedRecipients.Ofsted, 1, tuesday, "push", Publications.On(tuesday)));
        Assert.False(publication.Acknowledge(FeedRecipients.Ofsted, 1, tuesday, "push", Publications.On(tuesday)));
        Assert.Contains("2027-01-05", Assert.Throws<StepNotAllowedException>(() =>
            publication.Schedule(new DateOnly(2027, 1, 4), "b", Calendar, Publications.On(tuesday))).Message);
        publication.Schedule(new DateOnly(2027, 1, 5), "b", Calendar, Publications.On(tuesday));
        Assert.Equal(tuesday, publication.SentToNationalBodiesOn);
    }

    [Fact]
    public void Nothing_is_scheduled_before_the_report_is_sent_and_a_new_version_must_be_sent_again()
    {
        var publication = Checked();
        Assert.Contains("has not been sent", Assert.Throws<StepNotAllowedException>(() =>
            publication.Schedule(new DateOnly(2027, 1, 8), "b", Calendar, Publications.On(Sent))).Message);
        Publications.SendAndAcknowledge(publication, Sent);
        Assert.Contains("was sent on 2026-12-21", Assert.Throws<StepNotAllowedException>(() => publication.SendToNationalBodies("b", Publications.On(Sent))).Message);

        Publications.Upload(publication, Sent, "Child A lived with her mother and her brother.");
        Assert.Contains("Version 2 has not been sent", Assert.Throws<StepNotAllowedException>(() =>
            publication.Schedule(new DateOnly(2027, 1, 8), "b", Calendar, Publications.On(Sent))).Message);
        // A receipt of the version sent before is not a receipt of this one.
        Assert.False(publication.Acknowledge(FeedRecipients.NationalPanel, 1, Sent, "push", Publications.On(Sent)));
        Publications.SendAndAcknowledge(publication, Sent);
        publication.Schedule(new DateOnly(2027, 1, 8), "b", Calendar, Publications.On(Sent));
        Assert.Equal([1, 2], publication.Submissions.Select(s => s.Version));
    }

    [Fact]
    public void A_recorded_receipt_names_a_national_body_on_a_day_between_the_sending_and_today_once()
    {
        var publication = Checked();
        Assert.Throws<StepNotAllowedException>(() => publication.RecordAcknowledgement(FeedRecipients.Ofsted, Sent, Publications.On(Sent)));
        publication.SendToNationalBodies("b", Publications.On(Sent));
        Assert.Equal("recipient", Assert.Throws<InvalidValueException>(() =>
            publication.RecordAcknowledgement(FeedRecipients.Repository, Sent, Publications.On(Sent))).Field);
        Assert.Equal("receivedOn", Assert.Throws<InvalidValueException>(() =>
            publication.RecordAcknowledgement(FeedRecipients.Ofsted, Sent.AddDays(-1), Publications.On(Sent))).Field);
        Assert.Equal("receivedOn", Assert.Throws<InvalidValueException>(() =>
            publication.RecordAcknowledgement(FeedRecipients.Ofsted, Sent.AddDays(1), Publications.On(Sent))).Field);
        publication.RecordAcknowledgement(FeedRecipients.Ofsted, Sent, Publications.On(Sent));
        Assert.Equal("recorded", publication.CurrentSubmission!.Acknowledgements.Single().How);
        Assert.Throws<StepNotAllowedException>(() => publication.RecordAcknowledgement(FeedRecipients.Ofsted, Sent, Publications.On(Sent)));
    }

    [Fact]
    public void Sending_and_scheduling_are_refused_while_any_hit_is_unresolved_and_allowed_once_it_is()
    {
        var publication = Publications.Opened(Sent);
        Publications.Upload(publication, Sent);
        publication.AddIdentifier("Northtown", Publications.ReportText, "b", Publications.On(Sent));
        Assert.Contains("unresolved", Assert.Throws<StepNotAllowedException>(() => publication.SendToNationalBodies("b", Publications.On(Sent))).Message);
        publication.ResolveHit(publication.CurrentHits.Single().Id, HitResolutions.Accepted, null, "The town is named in the court's judgment.", "b",
            Publications.On(Sent));
        Publications.Schedule(publication, Sent, new DateOnly(2027, 1, 4));
        Assert.Equal(PublicationStatus.Scheduled, publication.Status);
    }

    [Fact]
    public void A_hit_to_be_replaced_by_a_pseudonym_holds_sending_until_a_version_with_the_pseudonym_is_uploaded()
    {
        var publication = Publications.Opened(Sent);
        Publications.Upload(publication, Sent);
        publication.AddIdentifier("Northtown", Publications.ReportText, "b", Publications.On(Sent));
        publication.ResolveHit(publication.CurrentHits.Single().Id, HitResolutions.Pseudonym, "a town in the north", null, "b", Publications.On(Sent));
        Assert.Contains("pseudonyms in place", Assert.Throws<StepNotAllowedException>(() => publication.SendToNationalBodies("b", Publications.On(Sent))).Message);

        Publications.Upload(publication, Sent, Publications.ReportText.Replace("Northtown", "a town in the north", StringComparison.Ordinal));
        Publications.Schedule(publication, Sent, new DateOnly(2027, 1, 4));
        Assert.Equal(PublicationStatus.Scheduled, publication.Status);
    }

    [Fact]
    public void Scheduling_without_a_report_or_for_a_past_or_uncovered_date_is_refused()
    {
        Assert.Throws<StepNotAllowedException>(() => Publications.Opened(Sent).Schedule(new DateOnly(2027, 1, 4), "b", Calendar, Publications.On(Sent)));
        Assert.Throws<StepNotAllowedException>(() => Publications.Opened(Sent).SendToNationalBodies("b", Publications.On(Sent)));
        Assert.Equal("publishOn", Assert.Throws<InvalidValueException>(() =>
            Received().Schedule(Sent.AddDays(-1), "b", Calendar, Publications.On(Sent))).Field);
        Assert.Equal("publishOn", Assert.Throws<InvalidValueException>(() =>
            Received().Schedule(new DateOnly(2200, 1, 1), "b", Calendar, Publications.On(Sent))).Field);
    }

    [Fact]
    public void Sending_raises_the_event_the_feeds_carry_to_the_national_bodies_without_the_reports_title()
    {
        var publication = Checked();
        publication.SendToNationalBodies("b", Publications.On(Sent));
        var sent = Assert.IsType<Contracts.IntegrationEvents.FinalReportSentIntegrationEvent>(publication.RaisedEvents().Single().Event);
        Assert.Equal((1, Sent, "ab12"), (sent.Version, sent.SentOn, sent.Sha256));
    }
}
