namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// What a dry run of a register found: how many rows it read, whether it could be imported as it
/// stands (no problems at all), every problem by row and column, and what the good rows hold.
/// </summary>
public sealed record HistoryImportReport(int Rows, bool Importable, IReadOnlyList<ImportProblem> Problems, HistoryCounts Counts);
