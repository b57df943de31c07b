using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Reads a pull feed in (transaction, sequence) order, showing only items whose writing
/// transactions, and every one before them, have finished: an item can never appear behind a
/// cursor already handed out. Asking for what comes after a cursor is the reader's receipt of
/// everything up to it.
/// </summary>
public sealed class FeedReading(PublicationDbContext db, FeedAcknowledgements acknowledgements, TimeProvider clock)
{
    public async Task<FeedPage> PageAsync(string recipient, FeedCursor after, int limit, CancellationToken ct)
    {
        await AcknowledgeAsync(recipient, after, ct);
        var transaction = after.Transaction.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var items = await db.FeedItems.FromSql($"""
            SELECT * FROM feed_items
            WHERE recipient = {recipient}
              AND "transaction" < pg_snapshot_xmin(pg_current_snapshot())
              AND ("transaction", sequence) > ({transaction}::xid8, {after.Sequence})
            ORDER BY "transaction", sequence
            LIMIT {limit}
            """).AsNoTracking().ToListAsync(ct);
        var entries = items.Select(FeedEntry.From).ToList();
        return new FeedPage(recipient, entries, items.Count == 0 ? after.ToString() : FeedCursor.Of(items[^1]).ToString());
    }

    private async Task AcknowledgeAsync(string recipient, FeedCursor after, CancellationToken ct)
    {
        var reader = await db.FeedReaders.FirstOrDefaultAsync(r => r.Recipient == recipient, ct);
        if (after == FeedCursor.Start || (reader is not null && !after.IsAfter(reader.Read)))
        {
            return;
        }

        var from = reader?.Read ?? FeedCursor.Start;
        var (fromTransaction, toTransaction) = (from.Transaction.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after.Transaction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var received = await db.FeedItems.FromSql($"""
            SELECT * FROM feed_items
            WHERE recipient = {recipient} AND type = {FeedTypes.FinalReportSent}
              AND ("transaction", sequence) > ({fromTransaction}::xid8, {from.Sequence})
              AND ("transaction", sequence) <= ({toTransaction}::xid8, {after.Sequence})
            """).AsNoTracking().ToListAsync(ct);
        foreach (var item in received)
        {
            await acknowledgements.DeliveredAsync(item, "pull", ct);
        }

        if (reader is null)
        {
            db.FeedReaders.Add(reader = new FeedReader { Recipient = recipient });
        }

        (reader.ReadTransaction, reader.ReadSequence, reader.LastReadAt) = (after.Transaction, after.Sequence, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
