using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// Every endpoint the services publish in their OpenAPI documents, called as every role, on data
/// of the caller's own partnership and of another. An endpoint missing from <see cref="Matrix"/>
/// fails the test: a new endpoint must declare who may use it before it can land.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class AccessMatrixTests(SystemFixture system)
{
    /// <summary>Development clients, one per role; northshire is "own", southshire the "other" partnership.</summary>
    private static readonly Dictionary<string, string> ClientsByRole = new()
    {
        ["local-authority-notifier"] = "northshire-la-case-system",
        ["partner-representative"] = "northshire-la-partner",
        ["relevant-agency"] = "northshire-school",
        ["business-manager"] = "northshire-business-unit",
        ["independent-chair"] = "northshire-chair",
        ["reviewer"] = "northshire-reviewer",
        ["national-panel"] = "national-panel-feed",
        ["ofsted"] = "ofsted-feed",
        ["dfe"] = "dfe-feed",
        ["case-review-repository"] = "repository-feed",
        ["operator"] = "operator-console",
    };

    private static readonly string[] NationalBodies = ["national-panel", "dfe", "ofsted", "case-review-repository"];

    private static readonly string[] National = ["national-panel", "ofsted", "operator"];

    private static readonly string[] Everyone = [.. ClientsByRole.Keys];

    private readonly List<string> _withoutProblemDetails = [];

    /// <summary>Who may call each endpoint ("METHOD path" as in the OpenAPI document).</summary>
    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["POST /api/notifications"] = ["local-authority-notifier"],
        ["GET /api/notifications"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "national-panel", "ofsted"],
        ["GET /api/notifications/{id}"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "national-panel", "ofsted"],
        ["GET /api/notifications/{id}/audit"] = ["independent-chair", "operator"],
        ["GET /api/notifications/statistics"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "national-panel", "ofsted"],
        ["POST /api/notifications/{id}/amendments"] = ["local-authority-notifier"],
        ["POST /api/notifications/{id}/withdrawal"] = ["local-authority-notifier"],
        ["GET /api/notifications/{id}/history"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "national-panel", "ofsted"],
        ["POST /api/referrals"] = ["local-authority-notifier", "partner-representative", "relevant-agency", "business-manager"],
        ["GET /api/referrals"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair"],
        ["GET /api/referrals/{id}"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair"],
        ["GET /api/referrals/{id}/audit"] = ["independent-chair", "operator"],
        ["POST /api/referrals/{id}/decision-not-to-notify"] = ["local-authority-notifier", "partner-representative", "business-manager"],
        ["POST /api/referrals/{id}/escalation/resolution"] = ["independent-chair"],
        ["POST /api/referrals/{id}/learning-route"] = ["local-authority-notifier", "partner-representative", "business-manager"],
        ["POST /api/referrals/{id}/learning-route/outcome"] = ["local-authority-notifier", "partner-representative", "business-manager"],
        ["GET /api/rapid-reviews"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["GET /api/rapid-reviews/{id}/audit"] = ["independent-chair", "operator"],
        ["POST /api/rapid-reviews/{id}/contributions"] = ["partner-representative", "relevant-agency", "business-manager"],
        ["POST /api/rapid-reviews/{id}/contribution-requests"] = ["business-manager"],
        ["GET /api/contribution-requests"] = ["partner-representative", "relevant-agency", "business-manager"],
        ["GET /api/rapid-reviews/{id}/chronology"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["GET /api/rapid-reviews/{id}/chronology.csv"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["POST /api/rapid-reviews/{id}/milestones/{code}/completion"] = ["business-manager"],
        ["POST /api/rapid-reviews/{id}/meeting"] = ["business-manager"],
        // The meeting's invitees see it too, when their agency is invited: the matrix's cases invite nobody.
        ["GET /api/rapid-reviews/{id}/meeting"] = ["business-manager", "independent-chair"],
        ["POST /api/rapid-reviews/{id}/meeting/invitations"] = ["business-manager"],
        ["POST /api/rapid-reviews/{id}/meeting/papers"] = ["business-manager"],
        ["GET /api/rapid-reviews/{id}/meeting/papers/{paperId}"] = ["business-manager", "independent-chair"],
        ["POST /api/rapid-reviews/{id}/recommendation"] = ["business-manager"],
        ["POST /api/rapid-reviews/{id}/decision"] = ["independent-chair"],
        ["POST /api/rapid-reviews/{id}/decision/communications"] = ["business-manager"],
        ["POST /api/rapid-reviews/{id}/submission"] = ["business-manager"],
        ["POST /api/rapid-reviews/{id}/panel-response"] = ["national-panel"],
        ["GET /api/rapid-reviews/briefing-paper"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["GET /api/rapid-reviews/briefing-paper.html"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["GET /api/rapid-reviews/timeliness"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["GET /api/reviews"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["GET /api/reviews/{id}"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["GET /api/reviews/timeliness"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["POST /api/reviews/{id}/reviewer"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/terms-of-reference"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/panel-meetings"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/practitioner-learning-event"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/family-involvement"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/parallel-proceedings"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/costs"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/slippage"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/draft-report"] = ["business-manager", "reviewer"],
        ["POST /api/reviews/{id}/acceptance"] = ["business-manager"],
        ["GET /api/rapid-reviews/{id}"] = ["local-authority-notifier", "partner-representative", "business-manager", "independent-chair", "reviewer", "national-panel"],
        ["POST /api/learning-actions"] = ["business-manager"],
        ["GET /api/learning-actions"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/{id}"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/{id}/audit"] = ["independent-chair", "operator"],
        ["GET /api/learning-actions/themes"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/themes/heat-map"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/plan"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/monitoring-report"] = ["business-manager"],
        ["POST /api/learning-actions/{id}/progress"] = ["partner-representative", "relevant-agency", "business-manager"],
        ["POST /api/learning-actions/{id}/evidence"] = ["partner-representative", "relevant-agency", "business-manager"],
        ["POST /api/learning-actions/{id}/evidence/documents"] = ["partner-representative", "relevant-agency", "business-manager"],
        ["GET /api/learning-actions/{id}/evidence/{evidenceId}/document"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["POST /api/learning-actions/{id}/completion"] = ["partner-representative", "relevant-agency", "business-manager"],
        ["POST /api/learning-actions/{id}/sign-off"] = ["business-manager"],
        ["POST /api/learning-actions/{id}/send-back"] = ["business-manager"],
        ["POST /api/learning-actions/{id}/closure"] = ["business-manager"],
        ["POST /api/learning-actions/briefings"] = ["business-manager"],
        ["GET /api/learning-actions/briefings"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/briefings/{id}"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["PUT /api/learning-actions/briefings/{id}/sections"] = ["business-manager"],
        ["POST /api/learning-actions/briefings/{id}/approval"] = ["business-manager", "independent-chair"],
        ["POST /api/learning-actions/briefings/{id}/publication"] = ["business-manager"],
        ["POST /api/learning-actions/briefings/{id}/dissemination"] = ["partner-representative", "relevant-agency", "business-manager"],
        ["GET /api/learning-actions/briefings/{id}/dissemination"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["POST /api/learning-actions/learning-events"] = ["business-manager"],
        ["GET /api/learning-actions/learning-events"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/learning-events/{id}"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["PUT /api/learning-actions/learning-events/{id}/attendance"] = ["partner-representative", "relevant-agency", "business-manager"],
        ["PUT /api/learning-actions/learning-events/{id}/feedback"] = ["business-manager"],
        ["GET /api/learning-actions/reach"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["POST /api/learning-actions/impact-evidence"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/impact-evidence"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/learning-actions/impact-evidence/{id}"] = ["partner-representative", "relevant-agency", "business-manager", "independent-chair"],
        ["GET /api/publications"] = ["business-manager", "independent-chair"],
        ["GET /api/publications/{id}"] = ["business-manager", "independent-chair"],
        ["GET /api/publications/timeliness"] = ["business-manager", "independent-chair"],
        ["GET /api/publications/{id}/audit"] = ["independent-chair", "operator"],
        ["POST /api/publications/{id}/schedule"] = ["business-manager"],
        ["POST /api/publications/{id}/reports"] = ["business-manager"],
        ["GET /api/publications/{id}/reports/{version}"] = ["business-manager", "independent-chair"],
        ["POST /api/publications/{id}/identifiers"] = ["business-manager"],
        ["GET /api/publications/{id}/check"] = ["business-manager", "independent-chair"],
        ["POST /api/publications/{id}/hits/{hitId}/resolution"] = ["business-manager"],
        ["POST /api/publications/{id}/publication"] = ["business-manager"],
        ["POST /api/publications/{id}/delay"] = ["independent-chair"],
        ["POST /api/publications/{id}/decision-not-to-publish"] = ["independent-chair"],
        ["POST /api/publications/{id}/national-submission"] = ["business-manager"],
        ["POST /api/publications/{id}/national-submission/acknowledgements"] = ["business-manager"],
        // Each national body reads its own feed (this test asks for the caller's own; FeedTests for another's).
        ["GET /feeds/{recipient}"] = NationalBodies,
        ["GET /feeds/{recipient}/reports/{publicationId}/{version}"] = NationalBodies,
        ["POST /api/feeds/subscriptions"] = ["operator"],
        ["GET /api/feeds/subscriptions"] = ["operator"],
        ["DELETE /api/feeds/subscriptions/{id}"] = ["operator"],
        ["GET /api/feeds/deliveries"] = ["operator"],
        ["GET /api/feeds/deliveries/{id}"] = ["operator"],
        ["POST /api/feeds/deliveries/{id}/replay"] = ["operator"],
        // The public register is for anyone, signed in or not (the anonymous caller is in PublicRegisterTests).
        ["GET /register/{partnership}"] = Everyone,
        ["GET /register/{partnership}/feed.atom"] = Everyone,
        ["GET /register/{partnership}/{id}/report"] = Everyone,
        ["POST /api/clients"] = ["operator"],
        ["GET /api/clients"] = ["operator"],
        ["DELETE /api/clients/{clientId}"] = ["operator"],
        ["POST /api/users"] = ["operator"],
        ["GET /api/users"] = ["operator"],
        ["DELETE /api/users/{userName}"] = ["operator"],
        ["GET /admin/dead-letters"] = ["operator"],
        ["POST /admin/dead-letters/replay"] = ["operator"],
    };

    [Fact]
    public async Task Every_endpoint_allows_exactly_the_roles_whose_work_needs_it_and_hides_other_partnerships()
    {
        var endpoints = (await OpenApiOperations.DiscoverAsync(system.Anonymous)).Select(o => new Endpoint(o.Service, o.Method, o.Path)).ToList();
        var undeclared = endpoints.Select(e => e.Key).Distinct().Where(k => !Matrix.ContainsKey(k)).ToList();
        Assert.True(undeclared.Count == 0, $"Endpoints without a declared access rule: {string.Join(", ", undeclared)}");

        var own = await CreateCaseAsync("northshire-la-case-system");
        var other = await CreateCaseAsync("southshire-la-case-system");
        var failures = new List<string>();
        foreach (var (role, clientId) in ClientsByRole)
        {
            var token = await Tokens.GetAsync(system.Anonymous, clientId);
            foreach (var endpoint in endpoints)
            {
                var allowed = Matrix[endpoint.Key].Contains(role);
                var status = await CallAsync(endpoint, token, own, NationalBodies.Contains(role) ? role : "national-panel");
                if (allowed ? status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || (int)status >= 500 : status != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{role} {endpoint.Key} (own partnership): {(int)status}, expected {(allowed ? "allowed" : "403")}");
                }

                // The public register belongs to no caller's partnership: there is no "other" to hide.
                // Nor do the feeds' subscriptions and deliveries, which operators run for the whole platform.
                if (allowed && endpoint.Path.Contains("{id}", StringComparison.Ordinal) && !endpoint.Path.StartsWith("/register/", StringComparison.Ordinal)
                    && !endpoint.Path.StartsWith("/api/feeds/", StringComparison.Ordinal))
                {
                    var otherStatus = await CallAsync(endpoint, token, other, "national-panel");
                    // National bodies reach every partnership (a read answers 200; a step with this
                    // test's body answers 400, not 404); everyone else finds nothing there.
                    var reached = endpoint.Method == "GET" ? otherStatus == HttpStatusCode.OK
                        : otherStatus is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized) && (int)otherStatus < 500;
                    if (National.Contains(role) ? !reached : otherStatus != HttpStatusCode.NotFound)
                    {
                        failures.Add($"{role} {endpoint.Key} (other partnership): {(int)otherStatus}, expected {(National.Contains(role) ? "reached" : "404")}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // Every refusal (403, 404, 400) is problem details, like every other error.
        Assert.True(_withoutProblemDetails.Count == 0, string.Join("\n", _withoutProblemDetails.Distinct()));
    }

    private sealed record Endpoint(string Service, string Method, string Path)
    {
        public string Key => $"{Method} {Path}";
    }

    private async Task<HttpStatusCode> CallAsync(Endpoint endpoint, string token, Case data, string recipient)
    {
        var id = endpoint.Path.StartsWith("/api/reviews", StringComparison.Ordinal) ? data.ReviewId
            : endpoint.Service == "rapid-review" ? data.RapidReviewId
            : endpoint.Path.StartsWith("/api/learning-actions/briefings", StringComparison.Ordinal) ? data.BriefingId
            : endpoint.Path.StartsWith("/api/learning-actions/learning-events", StringComparison.Ordinal) ? data.LearningEventId
            : endpoint.Path.StartsWith("/api/learning-actions/impact-evidence", StringComparison.Ordinal) ? data.ImpactEvidenceId
            : endpoint.Service == "learning-action" ? data.ActionId
            : endpoint.Service == "publication" ? data.PublicationId
            : endpoint.Path.StartsWith("/api/referrals", StringComparison.Ordinal) ? data.ReferralId
            : data.NotificationId;
        var path = endpoint.Path.Replace("{id}", id, StringComparison.Ordinal).Replace("{paperId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{evidenceId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{hitId}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{version}", "1", StringComparison.Ordinal)
            .Replace("{partnership}", "northshire", StringComparison.Ordinal).Replace("{recipient}", recipient, StringComparison.Ordinal)
            .Replace("{publicationId}", data.PublicationId, StringComparison.Ordinal);
        // Operations endpoints are on each service's own port, not behind the gateway.
        using var client = endpoint.Path.StartsWith("/api/", StringComparison.Ordinal) || endpoint.Path.StartsWith("/register/", StringComparison.Ordinal)
            || endpoint.Path.StartsWith("/feeds/", StringComparison.Ordinal)
            ? system.App.CreateHttpClient("gateway")
            : system.App.CreateHttpClient(endpoint.Service);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (endpoint.Method is "POST" or "PUT" && path.StartsWith("/api/", StringComparison.Ordinal))
        {
            // A step's own valid body where the step binds a typed request (validated before the
            // review is looked up); otherwise a notification form, which such steps refuse.
            request.Content = AccessMatrixBodies.For.GetValueOrDefault(endpoint.Path) is Func<HttpContent> form ? form()
                : JsonContent.Create(AccessMatrixBodies.For.GetValueOrDefault(endpoint.Path) ?? Notifications.Valid());
        }

        using var response = await client.SendAsync(request);
        if ((int)response.StatusCode >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            _withoutProblemDetails.Add($"{endpoint.Key}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType ?? "(no body)"}");
        }

        return response.StatusCode;
    }
}
