using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// A client that retries a create (after a 503, a timeout, a lost answer) with the same
/// Idempotency-Key gets the case it made the first time, never a second one.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class IdempotencyTests(SystemFixture system)
{
    [Fact]
    public async Task A_repeated_notification_with_the_same_key_returns_the_first_and_opens_one_rapid_review()
    {
        var key = Guid.NewGuid().ToString();
        var body = Notifications.Valid().ToJsonString();
        using var first = await PostAsync("/api/notifications", body, key);
        using var again = await PostAsync("/api/notifications", body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());

        await Eventually.GetAsync(async () => (await Notifications.RapidReviewsForAsync(system.Gateway, id)).Length > 0 ? true : (bool?)null,
            TimeSpan.FromSeconds(30), "the rapid review");
        Assert.Single(await Notifications.RapidReviewsForAsync(system.Gateway, id));
    }

    [Fact]
    public async Task Retries_racing_each_other_make_one_notification()
    {
        var key = Guid.NewGuid().ToString();
        var body = Notifications.Valid().ToJsonString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync("/api/notifications", body, key)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)a.StatusCode}"));
        Assert.Single(answers.Where(a => a.StatusCode == HttpStatusCode.Created).Select(a => a.Headers.Location).Distinct());
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task The_same_key_for_a_different_request_is_refused_with_422()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await PostAsync("/api/notifications", Notifications.Valid().ToJsonString(), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var different = await PostAsync("/api/notifications", Notifications.Valid().With("caseOutline", "Another case.").ToJsonString(), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, different.StatusCode);
        Assert.Equal("application/problem+json", different.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has a space")]
    public async Task A_malformed_key_is_a_400_naming_the_header(string key)
    {
        using var response = await PostAsync("/api/notifications", Notifications.Valid().ToJsonString(), key.Length == 0 ? new string('k', 256) : key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    [Fact]
    public async Task A_repeated_referral_with_the_same_key_returns_the_first()
    {
        var key = Guid.NewGuid().ToString();
        var body = Notifications.Referral().ToJsonString();
        using var first = await PostAsync("/api/referrals", body, key);
        using var again = await PostAsync("/api/referrals", body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return system.Gateway.SendAsync(request);
    }
}
