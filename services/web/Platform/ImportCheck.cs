namespace Safeguarding.Web.Platform;

/// <summary>What a dry run of a register found: rows read, whether it can be imported as it stands, each problem, and what its good rows hold.</summary>
public sealed record ImportCheck(int Rows, bool Importable, IReadOnlyList<ImportProblemRow> Problems, ImportCounts Counts);
