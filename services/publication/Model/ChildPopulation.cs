namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// The official mid-year estimate of the children (aged 0 to 17) living in one area, such as a local
/// authority (E06000047) or England (E92000001), in one year: public statistics, imported.
/// </summary>
public sealed class ChildPopulation
{
    public const string EnglandCode = "E92000001";

    public required string AreaCode { get; init; }

    /// <summary>The year of the estimate (the population at its mid-year, 30 June).</summary>
    public required int Year { get; init; }

    public required string AreaName { get; set; }

    public required int Population { get; set; }
}
