namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// An agency or the quality-assurance sub-group recorded evidence of the learning's impact (an audit,
/// a change in practice, feedback from children and families), against an action and/or learning
/// themes: the yearly report counts it. The summary stays in the learning-action service.
/// </summary>
[IntegrationEvent("safeguarding.learning-action.impact-evidence-recorded.v1")]
public sealed record ImpactEvidenceRecordedIntegrationEvent(
    Guid EvidenceId, string Partnership, string Agency, string Kind, Guid? ActionId, Guid? ReviewId, IReadOnlyList<string> Themes, DateOnly On) : IIntegrationEvent
{
    public string Subject => EvidenceId.ToString();
}
