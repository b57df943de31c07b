namespace Safeguarding.Publication.Api.Reporting;

/// <summary>A review published in the period, as the register names it, with its learning themes.</summary>
public sealed record PublishedReview(Guid PublicationId, Guid ReviewId, string Type, string Title, DateOnly PublishedOn, IReadOnlyList<string> LearningThemes);
