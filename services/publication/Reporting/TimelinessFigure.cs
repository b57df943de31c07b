namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// Of the reviews published in the period, how many within 6 months of <see cref="CountedFrom"/>
/// (<c>decision</c>: the decision on the review; <c>author-appointed</c>: the reviewer's
/// appointment), how many later, and how many cannot be told (that start not recorded).
/// </summary>
public sealed record TimelinessFigure(string CountedFrom, int Published, int WithinSixMonths, int Later, int Unknown, decimal? Share);
