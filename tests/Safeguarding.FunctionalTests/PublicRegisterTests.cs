using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The end of the statutory process through the gateway: a checked report scheduled with 7 working
/// days' notice is published on its day and appears on the public register and its Atom feed, for
/// anyone, anonymously; a review the chair decides not to publish shows its improvements instead.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PublicRegisterTests(SystemFixture system)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task A_published_review_and_a_decision_not_to_publish_appear_on_the_public_register_and_its_feed_anonymously()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        var published = await PublicationTests.OpenedAsync(businessUnit, await ReviewJourney.AcceptedReviewAsync(system));
        var notPublished = await PublicationTests.OpenedAsync(businessUnit, await ReviewJourney.AcceptedReviewAsync(system));

        await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{published}/identifiers", new { value = "Ann Jones" }));
        var pdf = ReportDocuments.Pdf("Learning from the review", "Child A lived with her mother and two brothers.");
        await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/publications/{published}/reports", ReportDocuments.Upload(pdf, "ann-jones-final.pdf")));
        // Sent outside the platform on 10 December, with each receipt recorded: 7 working days' notice have passed by today, 23 December.
        await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{published}/national-submission", new { sentOn = "2026-12-10" }));
        foreach (var recipient in new[] { "national-panel", "dfe", "ofsted" })
        {
            await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{published}/national-submission/acknowledgements",
                new { recipient, receivedOn = "2026-12-10" }));
        }

        await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{published}/schedule", new { publishOn = "2026-12-23" }));

        // The register entry is checked against the identifiers like the report; the error does not repeat the name.
        var entry = new
        {
            name = "Child A", incident = "A baby was seriously injured at home.", ageBand = "under-1", sex = "female", incidentMonth = "2026-05",
            recommendations = new[] { "Police refer every domestic abuse call-out involving children.", "The partnership audits referrals in six months." },
        };
        using (var naming = await businessUnit.PostAsJsonAsync($"/api/publications/{published}/publication", entry with { incident = "Ann Jones was injured." }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, naming.StatusCode);
            var body = await naming.Content.ReadAsStringAsync();
            Assert.Contains("incident", body);
            Assert.DoesNotContain("Ann Jones", body);
        }

        using (var naming = await businessUnit.PostAsJsonAsync($"/api/publications/{published}/publication",
            entry with { recommendations = new[] { "r", $"{Notifications.ChildName}'s school checks attendance daily." } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, naming.StatusCode);
            Assert.Contains("recommendations[1]", await naming.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await chair.PostAsJsonAsync($"/api/publications/{published}/publication", entry)).StatusCode);
        var done = await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{published}/publication", entry));
        Assert.Equal(("published", "2026-12-23"), (done.GetProperty("status").GetString(), done.GetProperty("publishedOn").GetString()));
        Assert.Equal(1, await Outbox.CountAsync(system, "publicationdb", "safeguarding.publication.review-published.v1", published));
        Assert.Equal(("2026-12-23", "2027-06-23", true), (done.GetProperty("decidedOn").GetString(), done.GetProperty("dueBy").GetString(),
            done.GetProperty("publishedWithinSixMonths").GetBoolean()));
        var timeliness = await chair.GetFromJsonAsync<JsonElement>("/api/publications/timeliness");
        Assert.True(timeliness.GetProperty("withinSixMonths").GetInt32() >= 1);

        Assert.Equal(HttpStatusCode.Forbidden, (await businessUnit.PostAsJsonAsync($"/api/publications/{notPublished}/decision-not-to-publish",
            new { reasons = "r", name = "Child B", improvements = "i" })).StatusCode);
        await ReviewJourney.OkAsync(chair.PostAsJsonAsync($"/api/publications/{notPublished}/decision-not-to-publish", new
        {
            reasons = "Publication would identify the surviving siblings.", name = "Child B",
            improvements = "Every midwife now asks about safe sleep at each visit.",
        }));

        // Anyone reads the register without signing in: the published review, with its themes and
        // recommendations and a link to its report, and the improvements of the one not published.
        var register = await system.Anonymous.GetFromJsonAsync<JsonElement>("/register/northshire");
        var online = register.GetProperty("online").EnumerateArray().ToList();
        var item = online.Single(e => e.GetProperty("id").GetString() == published);
        Assert.Equal("2026 – northshire – Child A", item.GetProperty("title").GetString());
        Assert.Equal(("under-1", "female", "2026-05"), (item.GetProperty("ageBand").GetString(), item.GetProperty("sex").GetString(),
            item.GetProperty("incidentMonth").GetString()));
        Assert.Equal(["information sharing", "domestic abuse"], item.GetProperty("learningThemes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(entry.recommendations, item.GetProperty("recommendations").EnumerateArray().Select(r => r.GetString()));
        var other = online.Single(e => e.GetProperty("id").GetString() == notPublished);
        Assert.False(other.GetProperty("published").GetBoolean());
        Assert.Equal("Every midwife now asks about safe sleep at each visit.", other.GetProperty("improvements").GetString());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("reportUrl").ValueKind);
        Assert.DoesNotContain(Notifications.ChildName, register.GetRawText());
        Assert.DoesNotContain(Notifications.ChildName.Split(' ')[^1], register.GetRawText());

        using var report = await system.Anonymous.GetAsync(item.GetProperty("reportUrl").GetString());
        Assert.Equal(pdf, await report.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("ann-jones", report.Content.Headers.ContentDisposition!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Anonymous.GetAsync($"/register/northshire/{notPublished}/report")).StatusCode);
        Assert.Empty((await system.Anonymous.GetFromJsonAsync<JsonElement>("/register/southshire")).GetProperty("online").EnumerateArray());
        // The register is read-only: anything but a read needs a token, like the rest of the platform.
        Assert.Equal(HttpStatusCode.Unauthorized, (await system.Anonymous.PostAsync("/register/northshire", null)).StatusCode);

        using var feed = await system.Anonymous.GetAsync("/register/northshire/feed.atom");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var atomText = await feed.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Notifications.ChildName.Split(' ')[^1], atomText);
        var atom = XDocument.Parse(atomText);
        var entries = atom.Root!.Elements(Atom + "entry").ToList();
        var atomEntry = entries.Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{published}");
        Assert.Equal("2026 – northshire – Child A", atomEntry.Element(Atom + "title")!.Value);
        Assert.Equal($"{published}/report", atomEntry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Contains(entries, e => e.Element(Atom + "id")!.Value == $"urn:uuid:{notPublished}");

        // The national case review repository catalogues the published review from its feed; the panel hears of both decisions.
        var catalogued = await Receiver.PushedAsync(system, "case-review-repository", "uk.safeguarding.repository.catalogue-entry.v1", published);
        Assert.Equal("2026 – northshire – Child A", catalogued.GetProperty("data").GetProperty("title").GetString());
        Assert.EndsWith($"/register/northshire/{published}/report", catalogued.GetProperty("data").GetProperty("report").GetString());
        await Receiver.PushedAsync(system, "national-panel", "uk.safeguarding.review.published.v1", published);
        var declined = await Receiver.PushedAsync(system, "national-panel", "uk.safeguarding.review.not-to-be-published.v1", notPublished);
        Assert.Equal("Publication would identify the surviving siblings.", declined.GetProperty("data").GetProperty("reasons").GetString());
        using var repository = await system.ClientAsync("repository-feed");
        var repositoryFeed = await repository.GetFromJsonAsync<JsonElement>("/feeds/case-review-repository?limit=500");
        Assert.All(repositoryFeed.GetProperty("items").EnumerateArray(), i => Assert.Equal("uk.safeguarding.repository.catalogue-entry.v1", i.GetProperty("type").GetString()));
    }
}
