namespace Safeguarding.Publication.Api.Reporting;

/// <summary>A review published in the period (an imported one by the partnership's reference, without a publication), as the register names it, with its learning themes.</summary>
public sealed record PublishedReview(Guid? PublicationId, string Review, string Type, string Title, DateOnly PublishedOn, IReadOnlyList<string> LearningThemes);
