namespace Safeguarding.Testing;

public static class Warm
{
    /// <summary>
    /// Healthy is not yet warm: until each service has checked a first token, a call on a loaded
    /// machine may still be answered 503 with Retry-After, as the contract allows. The tests begin
    /// once a call through the gateway to every service is answered.
    /// </summary>
    public static async Task UpAsync(HttpClient gateway) =>
        await Eventually.TrueAsync(async () =>
        {
            foreach (var path in new[] { "/api/notifications", "/api/rapid-reviews", "/api/learning-actions/themes" })
            {
                using var response = await gateway.GetAsync(path);
                if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
                {
                    return false;
                }
            }

            return true;
        }, TimeSpan.FromMinutes(1), "every service to check a first token");
}
