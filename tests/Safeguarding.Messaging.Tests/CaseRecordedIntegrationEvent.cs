using Safeguarding.Contracts;

namespace Safeguarding.Messaging.Tests;

[IntegrationEvent("safeguarding.tests.case-recorded.v1")]
public sealed record CaseRecordedIntegrationEvent(Guid CaseId, string Reference) : IIntegrationEvent
{
    public string Subject => CaseId.ToString();
}
