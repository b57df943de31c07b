using System.Text.Json;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// A page of a national body's pull feed, oldest first. Ask again with <c>after=</c><see cref="Next"/>
/// to go on: the order never changes, so a reader that was offline misses nothing and sees nothing twice.
/// </summary>
public sealed record FeedPage(string Recipient, IReadOnlyList<FeedEntry> Items, string Next);

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
