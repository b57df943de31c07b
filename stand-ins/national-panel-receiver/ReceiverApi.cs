using System.Text.Json;
using Microsoft.Extensions.Options;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Safeguarding.NationalPanelReceiver;

public static class ReceiverApi
{
    public static void MapReceiverApi(this WebApplication app)
    {
        // Pushes: verified against the recipient's secret; 401 when the signature does not hold, 503 while told to fail.
        app.MapPost("/webhooks/{recipient}", async (string recipient, HttpRequest request, Inbox inbox, IOptions<ReceiverOptions> options, TimeProvider clock) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            if (!options.Value.Secrets.TryGetValue(recipient, out var secret) || !Verified(secret, body, request.Headers))
            {
                inbox.Refuse();
                return Results.Problem(statusCode: 401, title: "The signature does not verify.");
            }

            using var cloudEvent = JsonDocument.Parse(body);
            if (inbox.Failing(recipient, cloudEvent.RootElement.GetProperty("type").GetString() ?? ""))
            {
                return Results.Problem(statusCode: 503, title: "Told to fail.");
            }

            inbox.Record(request.Headers["webhook-id"].ToString(), recipient, cloudEvent.RootElement, clock.GetUtcNow());
            return Results.NoContent();
        });
        app.MapGet("/received", (string? recipient, string? type, Inbox inbox) =>
            inbox.Received.Where(r => (recipient is null || r.Recipient == recipient) && (type is null || r.Type == type)));
        app.MapGet("/refused", (Inbox inbox) => new { refused = inbox.Refused });
        // Fail the next count pushes to the recipient (of one event type, when given).
        app.MapPost("/failures/{recipient}", (string recipient, int count, string? type, Inbox inbox) =>
        {
            inbox.FailNext(recipient, type, count);
            return Results.NoContent();
        });
    }

    private static bool Verified(string secret, string body, IHeaderDictionary headers)
    {
        try
        {
            new StandardWebhook(secret).Verify(body, headers);
            return true;
        }
        catch (Exception ex) when (ex is WebhookVerificationException or FormatException)
        {
            return false;
        }
    }
}
