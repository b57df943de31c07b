using System.Text.Json;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.Publication.Api.Feeds;

namespace Safeguarding.Publication.Tests;

/// <summary>Each national body gets only what its role needs: the map is tested as a whole, event by event.</summary>
public sealed class FeedMinimisationTests
{
    private static readonly NationalNotification Form = new()
    {
        Details = new NotificationDetails
        {
            NotificationId = Guid.NewGuid().ToString(), Partnership = "northshire", LocalAuthority = "Northshire County Council", Nature = "child-death",
            BecameAwareOn = "2026-12-01", IncidentOn = "2026-11-30", NotifiedOn = "2026-12-02", NotificationDueOn = "2026-12-08", NumberOfChildren = 2,
            Status = "notified",
        },
        IncidentPlace = "14 Mill Lane, Northtown", CaseOutline = "Ann was found by her brother Ben.", NotifierName = "Sam Price", NotifierRole = "Head of service",
        NotifierEmail = "sam.price@northshire.example", NotifierTelephone = "01234 567890", AbuseOrNeglectKnownOrSuspected = true,
        Children =
        {
            new NationalNotificationChild { Name = "Ann Jones", DateOfBirth = "2019-03-07", AgeYears = 7, Sex = "female", Ethnicity = "WBRI", Disability = "none" },
            new NationalNotificationChild { Name = "Ben Jones", DateOfBirth = "2016-01-02", AgeYears = 10, Sex = "male", Ethnicity = "WBRI", Disability = "none" },
        },
    };

    private static FeedEntry Entry(string data, string type = FeedTypes.NotificationMade) => FeedEntry.From(new FeedItem
    {
        Id = Guid.NewGuid(), Recipient = "r", Type = type, Subject = "s", Partnership = "p", Data = data,
    });

    private static string Json(FeedPayload payload) => JsonSerializer.Serialize(payload.Data, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    [Fact]
    public void The_panel_receives_the_children_named_and_dfe_and_ofsted_pseudonymised_without_the_place_outline_or_dates_of_birth()
    {
        var payloads = FeedMinimisation.NotificationMade(Form);
        Assert.Equal([FeedRecipients.NationalPanel, FeedRecipients.Dfe, FeedRecipients.Ofsted], payloads.Select(p => p.Recipient));
        var panel = Json(payloads[0]);
        Assert.Contains("Ann Jones", panel);
        Assert.Contains("2019-03-07", panel);
        Assert.Contains("Mill Lane", panel);
        Assert.Equal(FeedMinimisation.NotificationRead, FeedMinimisation.Identifying(Entry(panel))?.Resource);
        foreach (var pseudonymised in payloads.Skip(1).Select(Json))
        {
            foreach (var identifying in new[] { "Ann", "Ben", "Jones", "2019-03-07", "2016-01-02", "Mill Lane", "Northtown", "Sam Price", "found by" })
            {
                Assert.DoesNotContain(identifying, pseudonymised, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains("\"pseudonym\":\"Child A\"", pseudonymised);
            Assert.Null(FeedMinimisation.Identifying(Entry(pseudonymised)));
            Assert.Contains("\"pseudonym\":\"Child B\"", pseudonymised);
            Assert.Contains("\"ageYears\":7", pseudonymised);
        }
    }

    [Fact]
    public void An_amendment_travels_like_the_notification_with_the_names_of_the_changed_fields()
    {
        var payloads = FeedMinimisation.NotificationAmended(Form, new NotificationAmendedIntegrationEvent(Guid.NewGuid(), 2, ["children", "incidentOn"], new DateOnly(2026, 12, 3)));
        Assert.All(payloads, p => Assert.Equal(FeedTypes.NotificationAmended, p.Type));
        Assert.Contains("\"changedFields\":[\"children\",\"incidentOn\"]", Json(payloads[2]));
        Assert.DoesNotContain("Ann", Json(payloads[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_receives_published_reviews_only_as_catalogue_entries_and_nothing_else()
    {
        var id = Guid.NewGuid();
        var published = new ReviewPublishedIntegrationEvent(id, Guid.NewGuid(), "northshire", "local-child-safeguarding-practice-review", new DateOnly(2027, 1, 8),
            "Child A", "A child died at home.", "5-9", "female", "2026-11", ["neglect"], ["R1"], true);
        var entry = Assert.Single(FeedMinimisation.ReviewPublished(published, "https://x/report"), p => p.Recipient == FeedRecipients.Repository);
        Assert.Equal(FeedTypes.CatalogueEntry, entry.Type);
        Assert.Equal("2027 – northshire – Child A", JsonDocument.Parse(Json(entry)).RootElement.GetProperty("title").GetString());

        var others = new[]
        {
            FeedMinimisation.NotificationMade(Form),
            FeedMinimisation.RapidReviewSubmitted(new RapidReviewSubmittedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), "northshire", "Northshire", new DateOnly(2026, 12, 2),
                new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 22), true, null, "no-further-action", new DateOnly(2026, 12, 21), []), Report),
            FeedMinimisation.FinalReportSent(new FinalReportSentIntegrationEvent(id, Guid.NewGuid(), "northshire", "t", new DateOnly(2026, 12, 21), 1, "application/pdf", 10, "ab"),
                r => $"https://x/feeds/{r}"),
            FeedMinimisation.PublicationDelayed(new PublicationDelayedIntegrationEvent(id, Guid.NewGuid(), "northshire", new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 1), "trial", new DateOnly(2026, 12, 22))),
            FeedMinimisation.DecisionNotToPublish(new DecisionNotToPublishIntegrationEvent(id, Guid.NewGuid(), "northshire", "r", "i", new DateOnly(2026, 12, 22))),
        };
        Assert.All(others.SelectMany(p => p), p => Assert.NotEqual(FeedRecipients.Repository, p.Recipient));
    }

    private static readonly RapidReviewReport Report = new()
    {
        Facts = "Ann was seen at the GP surgery twice.", LearningIdentified = "l", ImmediateActions = "a", RecommendedOutcome = "no-further-action",
        RecommendationRationale = "r", DecisionOutcome = "no-further-action", DecisionRationale = "d", DecidedOn = "2026-12-21",
    };

    [Fact]
    public void A_submitted_rapid_review_goes_to_the_panel_alone_with_its_report_and_the_chairs_reasons()
    {
        var payload = Assert.Single(FeedMinimisation.RapidReviewSubmitted(new RapidReviewSubmittedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), "northshire",
            "Northshire", new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 22), true, null, "no-further-action",
            new DateOnly(2026, 12, 21), ["neglect"]), Report));
        Assert.Equal(FeedRecipients.NationalPanel, payload.Recipient);
        using var data = JsonDocument.Parse(Json(payload));
        Assert.Equal("Ann was seen at the GP surgery twice.", data.RootElement.GetProperty("report").GetProperty("facts").GetString());
        Assert.Equal("d", data.RootElement.GetProperty("decision").GetProperty("rationale").GetString());
        // Its facts may name the child: each push or read of it is audited by the rapid review.
        var (resource, fields) = FeedMinimisation.Identifying(Entry(Json(payload), FeedTypes.RapidReviewSubmitted))!.Value;
        Assert.Equal((FeedMinimisation.RapidReviewRead, "recommendation,decision"), (resource, string.Join(',', fields)));
    }

    [Fact]
    public void Final_reports_go_to_the_panel_dfe_and_ofsted_each_with_its_own_link()
    {
        var payloads = FeedMinimisation.FinalReportSent(
            new FinalReportSentIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), "northshire", "t", new DateOnly(2026, 12, 21), 3, "application/pdf", 10, "ab"), r => $"https://x/feeds/{r}");
        Assert.Equal(FeedRecipients.NoticeOfPublication, payloads.Select(p => p.Recipient));
        Assert.Contains("https://x/feeds/ofsted", Json(payloads[2]));
        Assert.Contains("\"version\":3", Json(payloads[2]));
    }
}
