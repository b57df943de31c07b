namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>England's published figures for one reporting year (1 April to 31 March, named by its first calendar year).</summary>
public sealed record EnglandYear(int Year, int Notifications, int? ChildDeaths, int? SeriousHarm, int? OtherNature, int? ChildPopulation);
