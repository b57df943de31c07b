namespace Safeguarding.Contracts;

/// <summary>
/// An integration event: a fact that one service records and others react to. Event payloads carry
/// identifiers and statutory dates only, never child-identifying detail; a consumer that needs more
/// asks the owning service over gRPC.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>The CloudEvents <c>subject</c>: the id of the thing the event is about.</summary>
    string Subject { get; }
}
