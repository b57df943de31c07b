namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>A service took its part of an imported register (<paramref name="Taken"/> of its cases had something for it), so the import can say it is complete.</summary>
[IntegrationEvent("safeguarding.history-import.part-taken.v1")]
public sealed record HistoryImportTakenIntegrationEvent(Guid ImportId, string Partnership, string Service, int Taken) : IIntegrationEvent
{
    public string Subject => ImportId.ToString();
}
