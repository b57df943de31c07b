using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Tests;

/// <summary>
/// The 7-working-day rule across Christmas 2026 (25 December, and 28 December for Boxing Day on a
/// Saturday; 1 January 2027): sent on Monday 21 December, the sixth working day after is 31 December
/// and the seventh is Monday 4 January.
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

    [Fact]
    public void Six_working_days_after_sending_across_the_bank_holidays_is_refused_naming_the_earliest_lawful_date()
    {
        var refused = Assert.Throws<StepNotAllowedException>(() => Checked().Schedule(new DateOnly(2026, 12, 31), Sent, "b", Calendar, Publications.On(Sent)));
        Assert.Contains("2027-01-04", refused.Message);
    }

    [Fact]
    public void Seven_working_days_after_sending_across_the_bank_holidays_is_accepted()
    {
        var publication = Checked();
        publication.Schedule(new DateOnly(2027, 1, 4), Sent, "b", Calendar, Publications.On(Sent));
        Assert.Equal(PublicationStatus.Scheduled, publication.Status);
        Assert.Equal(new DateOnly(2027, 1, 4), publication.PublishOn);
        Assert.Throws<StepNotAllowedException>(() => Publications.Upload(publication, Sent));
    }

    [Fact]
    public void Scheduling_is_refused_while_any_hit_is_unresolved_and_allowed_once_it_is()
    {
        var publication = Publications.Opened(Sent);
        Publications.Upload(publication, Sent);
        publication.AddIdentifier("Northtown", Publications.ReportText, "b", Publications.On(Sent));
        Assert.Contains("unresolved", Assert.Throws<StepNotAllowedException>(() =>
            publication.Schedule(new DateOnly(2027, 1, 4), Sent, "b", Calendar, Publications.On(Sent))).Message);
        publication.ResolveHit(publication.CurrentHits.Single().Id, HitResolutions.Accepted, null, "The town is named in the court's judgment.", "b",
            Publications.On(Sent));
        publication.Schedule(new DateOnly(2027, 1, 4), Sent, "b", Calendar, Publications.On(Sent));
        Assert.Equal(PublicationStatus.Scheduled, publication.Status);
    }

    [Fact]
    public void A_hit_to_be_replaced_by_a_pseudonym_holds_scheduling_until_a_version_with_the_pseudonym_is_uploaded()
    {
        var publication = Publications.Opened(Sent);
        Publications.Upload(publication, Sent);
        publication.AddIdentifier("Northtown", Publications.ReportText, "b", Publications.On(Sent));
        publication.ResolveHit(publication.CurrentHits.Single().Id, HitResolutions.Pseudonym, "a town in the north", null, "b", Publications.On(Sent));
        Assert.Contains("pseudonyms in place", Assert.Throws<StepNotAllowedException>(() =>
            publication.Schedule(new DateOnly(2027, 1, 4), Sent, "b", Calendar, Publications.On(Sent))).Message);

        Publications.Upload(publication, Sent, Publications.ReportText.Replace("Northtown", "a town in the north", StringComparison.Ordinal));
        publication.Schedule(new DateOnly(2027, 1, 4), Sent, "b", Calendar, Publications.On(Sent));
        Assert.Equal(PublicationStatus.Scheduled, publication.Status);
    }

    [Fact]
    public void Scheduling_without_a_report_a_future_sending_date_or_a_past_publication_date_is_refused()
    {
        Assert.Throws<StepNotAllowedException>(() => Publications.Opened(Sent).Schedule(new DateOnly(2027, 1, 4), Sent, "b", Calendar, Publications.On(Sent)));
        Assert.Equal("sentToNationalBodiesOn", Assert.Throws<InvalidValueException>(() =>
            Checked().Schedule(new DateOnly(2027, 1, 4), Sent.AddDays(1), "b", Calendar, Publications.On(Sent))).Field);
        Assert.Equal("publishOn", Assert.Throws<InvalidValueException>(() =>
            Checked().Schedule(Sent.AddDays(-1), Sent.AddDays(-20), "b", Calendar, Publications.On(Sent))).Field);
        Assert.Equal("publishOn", Assert.Throws<InvalidValueException>(() =>
            Checked().Schedule(new DateOnly(2200, 1, 1), Sent, "b", Calendar, Publications.On(Sent))).Field);
    }
}
