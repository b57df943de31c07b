namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// One case from a partnership's register, typed. Coded columns hold kebab-case codes (gender
/// <c>female</c>, <c>male</c>, <c>other</c>, <c>not-known</c>; decision <c>notified</c>,
/// <c>not-notified</c>, <c>kept-for-learning</c>; nature <c>child-death</c>, <c>serious-harm</c>,
/// <c>other</c>; outcome <c>no-further-action</c>, <c>local-child-safeguarding-practice-review</c>,
/// <c>serious-case-review</c>, …). Text columns hold the cell exactly as written; an empty cell is null.
/// </summary>
public sealed record HistoryCase
{
    /// <summary>The row of the file the case came from (the header is row 1).</summary>
    public required int Row { get; init; }

    /// <summary>The partnership's own reference, such as Ref053, without surrounding spaces.</summary>
    public required string Reference { get; init; }

    public string? Summary { get; init; }

    public string? Location { get; init; }

    public string? Gender { get; init; }

    /// <summary>Age in whole years, 0 to 17.</summary>
    public int? Age { get; init; }

    public HistoryDate? ReferredOn { get; init; }

    public string? ReferringAgency { get; init; }

    public string? Decision { get; init; }

    public HistoryDate? DecidedOn { get; init; }

    public HistoryDate? NotifiedOn { get; init; }

    public string? Nature { get; init; }

    public bool? AbuseOrNeglectSuspected { get; init; }

    public bool? LookedAfter { get; init; }

    /// <summary>When the rapid review was submitted.</summary>
    public HistoryDate? RapidReviewOn { get; init; }

    public string? Outcome { get; init; }

    public HistoryDate? ReviewDecidedOn { get; init; }

    public HistoryDate? AuthorAppointed { get; init; }

    public HistoryDate? ReportToPartnership { get; init; }

    public HistoryDate? ReportToPanel { get; init; }

    public HistoryDate? Published { get; init; }

    public string? PublicationDelayReason { get; init; }

    /// <summary>The learning themes, split at semicolons, each without surrounding spaces.</summary>
    public IReadOnlyList<string> LearningThemes { get; init; } = [];

    /// <summary>The status as the partnership wrote it.</summary>
    public string? Status { get; init; }
}
