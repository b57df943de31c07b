namespace Safeguarding.Web.Screens;

/// <summary>Something due by a day, for whom, and where to act on it.</summary>
public sealed record Deadline(DateOnly DueOn, string What, string Case, string Href);
