namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// One event as one national body receives it: a CloudEvent whose data is already minimised for that
/// body. Its place in the body's pull feed is its transaction, then its sequence: a reader only sees
/// items whose transactions are all finished, so the order never changes behind a cursor.
/// </summary>
public sealed class FeedItem
{
    public Guid Id { get; init; }

    public long Sequence { get; init; }

    /// <summary>The transaction that wrote the item (PostgreSQL's <c>xid8</c>), set by the server.</summary>
    public ulong Transaction { get; init; }

    public required string Recipient { get; init; }

    public required string Type { get; init; }

    public required string Subject { get; init; }

    public required string Partnership { get; init; }

    /// <summary>The platform event it comes from: an event redelivered makes no second item.</summary>
    public Guid SourceEventId { get; init; }

    public DateTimeOffset Time { get; init; }

    /// <summary>The minimised data, as JSON.</summary>
    public required string Data { get; init; }

    /// <summary>The version of the final report a <see cref="FeedTypes.FinalReportSent"/> item announces, read from its data.</summary>
    public static int? ReportVersionIn(string data)
    {
        using var document = System.Text.Json.JsonDocument.Parse(data);
        return document.RootElement.TryGetProperty("report", out var report) && report.TryGetProperty("version", out var version) ? version.GetInt32() : null;
    }
}
