namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>A partnership's notifications, rapid reviews and local reviews per child population, year by year, against England's.</summary>
public sealed record PartnershipBenchmarks(string Partnership, int Per, IReadOnlyList<string> AreaCodes, string EnglandSource, IReadOnlyList<BenchmarkYear> Years);
