namespace Safeguarding.Publication.Api.Model;

/// <summary>One version of the final report sent to the national bodies, and when each acknowledged it.</summary>
public sealed class NationalSubmission
{
    public int Version { get; init; }

    public DateOnly SentOn { get; init; }

    public required string SentBy { get; init; }

    /// <summary>False for a report sent outside the platform (before the partnership moved onto it), whose receipts the business manager records.</summary>
    public bool ThroughFeeds { get; init; } = true;

    public List<Acknowledgement> Acknowledgements { get; init; } = [];
}

/// <summary>
/// A national body has the report: its receiver accepted the push (<c>push</c>), its reader read
/// past it on the pull feed (<c>pull</c>), or the business manager recorded a receipt that came
/// another way (<c>recorded</c>).
/// </summary>
public sealed record Acknowledgement(string Recipient, DateOnly ReceivedOn, DateTimeOffset RecordedAt, string How);
