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
    private readonly List<string> _withoutProblemDetails = [];

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
            .Replace("{publicationId}", data.PublicationId, StringComparison.Ordinal).Replace("{table}", "referrals", StringComparison.Ordinal)
            .Replace("{yearlyReportId}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
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
