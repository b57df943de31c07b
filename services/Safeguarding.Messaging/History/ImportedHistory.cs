using Safeguarding.Contracts.IntegrationEvents;

namespace Safeguarding.Messaging.History;

/// <summary>How a service takes its part of an imported register: each case by the partnership's reference, a case held before taking the newer values.</summary>
public static class ImportedHistory
{
    /// <summary>Updates the records held, adds those <paramref name="create"/> makes of new cases (null: nothing of the case to keep), and says how many it took.</summary>
    public static int Take<T>(HistoryImportedIntegrationEvent imported, IReadOnlyDictionary<string, T> held, Action<T, ImportedCase> update,
        Func<ImportedCase, T?> create, Action<T> add) where T : class
    {
        var taken = 0;
        foreach (var c in imported.Cases)
        {
            if (held.TryGetValue(c.Reference, out var record))
                update(record, c);
            else if (create(c) is { } added)
                add(added);
            else
                continue;
            taken++;
        }
        return taken;
    }
}
