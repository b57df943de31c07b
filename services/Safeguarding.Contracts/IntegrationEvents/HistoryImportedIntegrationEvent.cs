namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// A partnership imported its history from its own register: each service takes its part of every
/// case, keyed by the partnership's reference, so the same register imported again changes nothing.
/// Dates and codes only: the register's summary, place, gender and age stay with the publication
/// service. Imported history is counted in every report and never sent through the national feeds.
/// </summary>
[IntegrationEvent("safeguarding.publication.history-imported.v1")]
public sealed record HistoryImportedIntegrationEvent(Guid ImportId, string Partnership, IReadOnlyList<ImportedCase> Cases) : IIntegrationEvent
{
    public string Subject => ImportId.ToString();
}
