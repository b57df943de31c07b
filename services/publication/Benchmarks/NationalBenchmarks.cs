namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>Every partnership's figures per child population for one financial year, side by side, with England's.</summary>
public sealed record NationalBenchmarks(int Year, string Label, int Per, string EnglandSource, AreaFigures England, IReadOnlyList<PartnershipFigures> Partnerships);
