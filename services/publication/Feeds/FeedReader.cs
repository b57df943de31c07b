namespace Safeguarding.Publication.Api.Feeds;

/// <summary>How far a national body's reader has read its pull feed: everything up to its last <c>after</c> counts as received.</summary>
public sealed class FeedReader
{
    public required string Recipient { get; init; }

    public ulong ReadTransaction { get; set; }

    public long ReadSequence { get; set; }

    public DateTimeOffset LastReadAt { get; set; }

    public uint Version { get; set; }

    public FeedCursor Read => new(ReadTransaction, ReadSequence);
}
