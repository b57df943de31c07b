using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.Notification.Tests;

/// <summary>A notification's own steps, on the aggregate alone: made, amended, withdrawn.</summary>
public sealed class NotificationStepsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_notification_is_made_today_from_its_form_and_announced_with_its_referral()
    {
        var referralId = Guid.NewGuid();
        var notification = SeriousIncidentNotification.Notify("northshire", Form(), "la-case-system", referralId, retrospective: false, "ignored", Clock);

        Assert.Equal(new DateOnly(2026, 12, 23), notification.NotifiedOn);
        Assert.Equal(NotificationStatus.Notified, notification.Status);
        Assert.Null(notification.NewEvidence);
        Assert.Equal("Olivia Testchild", Assert.Single(notification.Children).Name);
        var notified = Assert.IsType<SeriousIncidentNotifiedIntegrationEvent>(Assert.Single(notification.RaisedEvents()).Event);
        Assert.Equal(notification.Id, notified.NotificationId);
        Assert.Equal(referralId, notified.ReferralId);
    }

    [Fact]
    public void An_amendment_changes_the_form_counts_and_is_announced_with_the_fields_it_changed()
    {
        var notification = SeriousIncidentNotification.Notify("northshire", Form(), "la", Guid.NewGuid(), false, null, Clock);

        var amendment = Amend(notification, Form(caseOutline: "Corrected outline."), ["caseOutline"]);

        Assert.Equal(1, amendment.Number);
        Assert.Equal(["caseOutline"], amendment.ChangedFields);
        Assert.Equal("The outline named the wrong school.", amendment.Reason);
        Assert.Equal(("la-user", "Northshire County Council"), (amendment.AmendedBy, amendment.Agency));
        Assert.Equal(Clock.GetUtcNow(), amendment.AmendedAt);
        Assert.Equal("Corrected outline.", notification.CaseOutline);
        var amended = Assert.IsType<NotificationAmendedIntegrationEvent>(notification.RaisedEvents()[^1].Event);
        Assert.Equal(["caseOutline"], amended.ChangedFields);
        Assert.Equal(1, amended.AmendmentNumber);
    }

    [Fact]
    public void An_amendment_that_changes_nothing_is_refused()
    {
        var notification = SeriousIncidentNotification.Notify("northshire", Form(), "la", Guid.NewGuid(), false, null, Clock);

        Assert.Equal("changes", Assert.Throws<InvalidValueException>(() => Amend(notification, Form(), [])).Field);
        Assert.Equal(0, notification.AmendmentCount);
    }

    [Fact]
    public void A_retrospective_notification_needs_the_new_evidence()
    {
        Assert.Equal("newEvidence", Assert.Throws<InvalidValueException>(() =>
            SeriousIncidentNotification.Notify("northshire", Form(), "la", Guid.NewGuid(), retrospective: true, null, Clock)).Field);
        var notification = SeriousIncidentNotification.Notify("northshire", Form(), "la", Guid.NewGuid(), retrospective: true, "A post-mortem report.", Clock);
        Assert.Equal("A post-mortem report.", notification.NewEvidence);
    }

    [Fact]
    public void A_notification_is_withdrawn_once_and_then_never_amended()
    {
        var notification = SeriousIncidentNotification.Notify("northshire", Form(), "la", Guid.NewGuid(), false, null, Clock);

        notification.Withdraw("No abuse or neglect is suspected.", Clock);

        Assert.Equal(NotificationStatus.Withdrawn, notification.Status);
        Assert.Equal(new DateOnly(2026, 12, 23), notification.WithdrawnOn);
        Assert.IsType<NotificationWithdrawnIntegrationEvent>(notification.RaisedEvents()[^1].Event);
        Assert.Contains("withdrawn on 2026-12-23", Assert.Throws<StepNotAllowedException>(() => notification.Withdraw("Again.", Clock)).Message);
        Assert.Contains("cannot be amended", Assert.Throws<StepNotAllowedException>(() => Amend(notification, Form(caseOutline: "x"), ["caseOutline"])).Message);
    }

    private static NotificationAmendment Amend(SeriousIncidentNotification notification, NotificationForm form, IReadOnlyList<string> changed) =>
        notification.Amend(form, changed, "The outline named the wrong school.", new Amender("la-user", "Sarah Notifier", "Northshire County Council"),
            JsonDocument.Parse("{}"), JsonDocument.Parse("{}"), Clock);

    private static NotificationForm Form(string caseOutline = "Outline of the incident.") => Forms.Valid(caseOutline);
}
