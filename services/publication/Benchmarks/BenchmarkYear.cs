namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>One financial year (1 April to 31 March, named by its first calendar year and as "2023-24") of a partnership's benchmarks.</summary>
public sealed record BenchmarkYear(int Year, string Label, DateOnly From, DateOnly To, AreaFigures Partnership, AreaFigures England);
