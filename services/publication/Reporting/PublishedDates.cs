namespace Safeguarding.Publication.Api.Reporting;

/// <summary>A published review's publication and the two starts its timeliness can count from.</summary>
internal sealed record PublishedDates(DateOnly PublishedOn, DateOnly? DecidedOn, DateOnly? AuthorAppointedOn);
