namespace Safeguarding.LearningAction.Api.Infrastructure;

/// <summary>The bytes of a document given as evidence, kept apart from the action so that reading an action does not load them.</summary>
public sealed class EvidenceDocument
{
    public Guid EvidenceId { get; init; }

    public Guid ActionId { get; init; }

    public required byte[] Content { get; init; }
}
