namespace Safeguarding.LearningAction.Api.Model;

/// <summary>One theme's line of the heat map: reviews that raised it (all, by year, by review type) and actions that carry it.</summary>
public sealed record ThemeHeatMapRow(
    string Theme, bool Coded, int Reviews, IReadOnlyDictionary<string, int> ByYear, IReadOnlyDictionary<string, int> ByReviewType, int Actions);
