using System.Globalization;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>A place in a pull feed: the transaction and sequence of the last item read, written <c>&lt;transaction&gt;-&lt;sequence&gt;</c>.</summary>
public readonly record struct FeedCursor(ulong Transaction, long Sequence)
{
    public static readonly FeedCursor Start = new(0, 0);

    public static FeedCursor Of(FeedItem item) => new(item.Transaction, item.Sequence);

    public static bool TryParse(string? text, out FeedCursor cursor)
    {
        cursor = Start;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && ulong.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var transaction)
            && long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            cursor = new FeedCursor(transaction, sequence);
            return true;
        }

        return false;
    }

    public bool IsAfter(FeedCursor other) => Transaction > other.Transaction || (Transaction == other.Transaction && Sequence > other.Sequence);

    public override string ToString() => $"{Transaction}-{Sequence}";
}
