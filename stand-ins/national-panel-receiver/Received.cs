using System.Text.Json;

namespace Safeguarding.NationalPanelReceiver;

/// <summary>A push that arrived with a valid signature: once per <c>webhook-id</c>, however often it was sent.</summary>
public sealed record Received(string WebhookId, string Recipient, string Type, string? Subject, DateTimeOffset ReceivedAt, int Deliveries, JsonElement Event);
