using System.Net;
using System.Text;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class AbuseLimitTests(SystemFixture system)
{
    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after_while_others_carry_on()
    {
        using var school = await system.ClientAsync("northshire-school");
        HttpResponseMessage? limited = null;
        // In parallel bursts, faster than the limit allows: a burst may straddle a window boundary, so
        // keep going (up to three windows' worth) until a whole window has been exceeded.
        for (var sent = 0; sent < SystemFixture.PermitLimit * 3 && limited is null; sent += 25)
        {
            var burst = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => school.GetAsync("/api/rapid-reviews")));
            limited = burst.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            foreach (var response in burst.Where(r => r != limited))
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(limited.Headers.RetryAfter);
        }

        using var other = await system.ClientAsync("northshire-business-unit");
        using var carriesOn = await other.GetAsync("/api/rapid-reviews");
        Assert.Equal(HttpStatusCode.OK, carriesOn.StatusCode);
    }

    [Fact]
    public async Task People_signed_in_through_the_same_front_end_each_have_their_own_limit()
    {
        using var priya = await PersonAsync("priya.shah");
        using var helen = await PersonAsync("helen.marsh");
        var limited = false;
        for (var sent = 0; sent < SystemFixture.PermitLimit * 3 && !limited; sent += 25)
        {
            var burst = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => priya.GetAsync("/api/rapid-reviews")));
            limited = burst.Any(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            foreach (var response in burst)
            {
                response.Dispose();
            }
        }

        Assert.True(limited);
        using var carriesOn = await helen.GetAsync("/api/rapid-reviews");
        Assert.Equal(HttpStatusCode.OK, carriesOn.StatusCode);
    }

    private async Task<HttpClient> PersonAsync(string userName)
    {
        using var person = new People(system.App.GetEndpoint("gateway"));
        var tokens = await person.SignInAndGetTokensAsync(userName, $"dev-only-{userName}-password");
        var client = system.App.CreateHttpClient("gateway");
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }

    [Fact]
    public async Task A_request_body_over_the_limit_gets_413()
    {
        var huge = "{\"caseOutline\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
        // Expect: 100-continue, as clients send for large bodies: the answer comes before the body.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notifications")
        {
            Content = new StringContent(huge, Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        using var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
