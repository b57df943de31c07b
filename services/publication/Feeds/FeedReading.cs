using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Reads a pull feed in (transaction, sequence) order, showing only items whose writing
/// transactions, and every one before them, have finished: an item can never appear behind a
/// cursor already handed out. Asking for what comes after a cursor is the reader's receipt of
/// every item it has been shown up to it (never of items it could not yet have seen).
/// </summary>
public sealed class FeedReading(PublicationDbContext db, FeedAcknowledgements acknowledgements, TimeProvider clock, ILogger<FeedReading> logger)
{
    public const int MaxLimit = 500;

    public async Task<FeedPage> PageAsync(string recipient, FeedCursor after, int limit, CancellationToken ct)
    {
        await AcknowledgeAsync(recipient, after, ct);
        var transaction = Text(after.Transaction);
        var items = await db.FeedItems.FromSql($"""
            SELECT * FROM feed_items
            WHERE recipient = {recipient}
              AND "transaction" < pg_snapshot_xmin(pg_current_snapshot())
              AND ("transaction", sequence) > ({transaction}::xid8, {after.Sequence})
            ORDER BY "transaction", sequence
            LIMIT {Math.Clamp(limit, 1, MaxLimit)}
            """).AsNoTracking().ToListAsync(ct);
        var entries = items.Select(FeedEntry.From).ToList();
        return new FeedPage(recipient, entries, items.Count == 0 ? after.ToString() : FeedCursor.Of(items[^1]).ToString());
    }

    private async Task AcknowledgeAsync(string recipient, FeedCursor after, CancellationToken ct)
    {
        if (after == FeedCursor.Start)
        {
            return;
        }

        try
        {
            var reader = await db.FeedReaders.FirstOrDefaultAsync(r => r.Recipient == recipient, ct);
            var from = reader?.Read ?? FeedCursor.Start;
            if (!after.IsAfter(from))
            {
                return;
            }

            // Only items the reader can have been shown: visible ones, up to its cursor.
            var shown = await db.FeedItems.FromSql($"""
                SELECT * FROM feed_items
                WHERE recipient = {recipient}
                  AND "transaction" < pg_snapshot_xmin(pg_current_snapshot())
                  AND ("transaction", sequence) > ({Text(from.Transaction)}::xid8, {from.Sequence})
                  AND ("transaction", sequence) <= ({Text(after.Transaction)}::xid8, {after.Sequence})
                """).AsNoTracking().ToListAsync(ct);
            if (shown.Count == 0)
            {
                return;
            }

            if (reader is null)
            {
                db.FeedReaders.Add(reader = new FeedReader { Recipient = recipient });
            }

            var last = shown.MaxBy(i => (i.Transaction, i.Sequence))!;
            // The receipts first, whatever becomes of this request: the reader's place moves on only after them.
            foreach (var item in shown.Where(i => i.Type == FeedTypes.FinalReportSent))
            {
                await acknowledgements.ReceivedAsync(item, "pull", CancellationToken.None);
            }

            (reader.ReadTransaction, reader.ReadSequence, reader.LastReadAt) = (last.Transaction, last.Sequence, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Two reads of one feed at once: the other has recorded the receipt; the page is answered all the same.
            db.ChangeTracker.Clear();
            logger.LogInformation("A reader's place on the {Recipient} feed was recorded by another read: {Error}", recipient, ex.GetType().Name);
        }
    }

    private static string Text(ulong transaction) => transaction.ToString(CultureInfo.InvariantCulture);
}
