namespace Safeguarding.Publication.Api.Model;

/// <summary>The chair's decision not to publish a review's report, and its reasons, which go to the national panel.</summary>
public sealed class NotPublishing
{
    public required string Reasons { get; init; }

    public DateOnly DecidedOn { get; init; }

    public required string DecidedBy { get; init; }
}
