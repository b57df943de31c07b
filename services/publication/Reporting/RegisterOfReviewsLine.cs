using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// One review on the partnership's register of reviews, in its own layout: its reference (the
/// partnership's for an imported one, the review's id otherwise), summary, location, the child's
/// gender and age, and status; then its type and its decision and publication dates.
/// </summary>
public sealed record RegisterOfReviewsLine(
    string Reference,
    [property: ChildIdentifying] string? Summary,
    [property: ChildIdentifying] string? Location,
    [property: ChildIdentifying] string? Gender,
    [property: ChildIdentifying] int? Age,
    string? Status,
    string Type,
    string? DecidedOn,
    string? PublishedOn,
    bool Imported);
