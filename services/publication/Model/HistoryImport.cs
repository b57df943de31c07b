using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// A partnership's register brought in whole: each case new to it, or changed since it was last
/// brought in, is kept here and sent to every service for its part; a case brought in again as it
/// was changes nothing, so the same register imported twice sends nothing the second time.
/// </summary>
public sealed class HistoryImport : Aggregate
{
    public Guid Id { get; init; }

    public required string Partnership { get; init; }

    public required string ImportedBy { get; init; }

    public DateTimeOffset ImportedAt { get; init; }

    public int Cases { get; init; }

    public int Added { get; init; }

    public int Changed { get; init; }

    public int Unchanged => Cases - Added - Changed;

    public static HistoryImport Accept(string partnership, IReadOnlyList<(RegisterCase Case, ImportedCase Details)> cases,
        IReadOnlyDictionary<string, RegisterCase> held, string by, TimeProvider clock)
    {
        var id = Guid.CreateVersion7();
        var added = cases.Where(c => !held.ContainsKey(c.Case.Reference)).ToList();
        var changed = cases.Where(c => held.TryGetValue(c.Case.Reference, out var before) && !before.Matches(c.Case)).ToList();
        var import = new HistoryImport
        {
            Id = id, Partnership = partnership, ImportedBy = by, ImportedAt = clock.GetUtcNow(), Cases = cases.Count, Added = added.Count, Changed = changed.Count,
        };
        foreach (var (registerCase, _) in added.Concat(changed))
            registerCase.ImportId = id;
        if (added.Count + changed.Count > 0)
            import.Raise(new HistoryImportedIntegrationEvent(id, partnership, [.. added.Concat(changed).Select(c => c.Details)]), clock.GetUtcNow());
        return import;
    }
}
