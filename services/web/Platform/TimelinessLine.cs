namespace Safeguarding.Web.Platform;

/// <summary>Reviews published within six months, counted from one start (the chair's decision, or the author's appointment).</summary>
public sealed record TimelinessLine(string CountedFrom, int Published, int WithinSixMonths, int Later, int Unknown, decimal? Share);
