namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>One partnership's line of the national benchmarks.</summary>
public sealed record PartnershipFigures(string Partnership, IReadOnlyList<string> AreaCodes, AreaFigures Figures);
