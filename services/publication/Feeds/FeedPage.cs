namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// A page of a national body's pull feed, oldest first. Ask again with <c>after=</c><see cref="Next"/>
/// to go on: the order never changes, so a reader that was offline misses nothing and sees nothing twice.
/// </summary>
public sealed record FeedPage(string Recipient, IReadOnlyList<FeedEntry> Items, string Next);
