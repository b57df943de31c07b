using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>An import of a register: its cases, how many were new, how many changed, and how many were as already brought in, and which services have taken their part (complete once all have).</summary>
public sealed record HistoryImportResponse(Guid Id, string Partnership, DateTimeOffset ImportedAt, string ImportedBy, int Cases, int Added, int Changed, int Unchanged,
    IReadOnlyList<string> TakenBy, bool Complete)
{
    public static HistoryImportResponse Of(HistoryImport i) => new(i.Id, i.Partnership, i.ImportedAt, i.ImportedBy, i.Cases, i.Added, i.Changed, i.Unchanged, i.TakenBy, i.Complete);
}
