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
        for (var i = 0; i < SystemFixture.PermitLimit + 50 && limited is null; i++)
        {
            var response = await school.GetAsync("/api/rapid-reviews");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
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
