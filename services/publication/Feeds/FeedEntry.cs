using System.Text.Json;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>One CloudEvent of the feed (structured JSON), with its place in the feed.</summary>
public sealed record FeedEntry(string Cursor, string Specversion, Guid Id, string Source, string Type, string Subject, DateTimeOffset Time,
    string Datacontenttype, JsonElement Data)
{
    public static FeedEntry From(FeedItem item)
    {
        using var data = JsonDocument.Parse(item.Data);
        return new(FeedCursor.Of(item).ToString(), "1.0", item.Id, WebhookSender.Source, item.Type, item.Subject, item.Time, "application/json",
            data.RootElement.Clone());
    }
}
