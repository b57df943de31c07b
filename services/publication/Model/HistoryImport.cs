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

    /// <summary>The services that take a part of every import sent to them.</summary>
    public static readonly string[] Services = ["notification", "rapid-review"];

    /// <summary>The services that have taken their part.</summary>
    public List<string> TakenBy { get; init; } = [];

    /// <summary>Whether every service has its part: at once when nothing new or changed was sent.</summary>
    public bool Complete => Added + Changed == 0 || Services.All(TakenBy.Contains);

    /// <summary>Records that a service took its part (once, however often it says so).</summary>
    public void TakenByService(string service)
    {
        if (!TakenBy.Contains(service))
            TakenBy.Add(service);
    }

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
            import.Raise(new HistoryImportedIntegrationEvent(id, partnership, [.. added.Concat(changed).Select(c => DatesAndCodes(c.Details))]), clock.GetUtcNow());
        return import;
    }

    /// <summary>What the other services take of a case: its dates and codes, none of its free text.</summary>
    private static ImportedCase DatesAndCodes(ImportedCase c) => c with { ReferringAgency = null, PublicationDelayReason = null, LearningThemes = [] };
}
