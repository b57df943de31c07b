namespace Safeguarding.LearningAction.Api.Model;

/// <summary>The themes one review (or rapid review) raised, with the year and type the heat map counts it under.</summary>
public sealed record ReviewThemes(Guid ReviewId, int Year, string ReviewType, IReadOnlyList<string> Themes);
