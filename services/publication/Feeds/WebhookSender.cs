using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Safeguarding.Messaging;
using StandardWebhooks;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Posts one feed item to a subscription's endpoint as a CloudEvent (structured JSON), signed by the
/// Standard Webhooks scheme: <c>webhook-id</c> is the item's id (the same on every retry, so the
/// receiver can drop repeats), <c>webhook-timestamp</c> the time of this attempt.
/// </summary>
public sealed class WebhookSender(HttpClient http)
{
    public const string HttpClientName = "feeds";
    public const string Source = "urn:safeguarding:feeds";

    public static string Body(FeedItem item)
    {
        using var data = JsonDocument.Parse(item.Data);
        return Encoding.UTF8.GetString(new CloudEventEnvelope(item.Id, Source, item.Type, item.Subject, item.Time, data.RootElement).ToJson());
    }

    /// <summary>The receiver's status code (null when there was no answer), the failure if any, and how long it took.</summary>
    public async Task<(int? Status, string? Error, int DurationMs)> SendAsync(FeedItem item, FeedSubscription subscription, CancellationToken ct)
    {
        var body = Body(item);
        // The signature's timestamp is the wall clock's, whatever clock the service's statutory dates run on:
        // receivers refuse a timestamp more than a few minutes from their own.
        var now = TimeProvider.System.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(Topology.CloudEventsContentType)),
        };
        var id = item.Id.ToString();
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString());
        request.Headers.Add("webhook-signature", new StandardWebhook(subscription.Secret).Sign(id, now, body));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            return (status, response.IsSuccessStatusCode ? null : $"HTTP {status}", (int)watch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (null, ex is TaskCanceledException ? "timed out" : ex.Message, (int)watch.ElapsedMilliseconds);
        }
    }
}
