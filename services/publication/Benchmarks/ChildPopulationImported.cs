namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>What an import of the estimates took: its rows, how many replaced estimates already held, its areas and years.</summary>
public sealed record ChildPopulationImported(int Rows, int Replaced, int Areas, int FirstYear, int LastYear);
