namespace Safeguarding.Publication.Api.Model;

/// <summary>A delay of publication for sensitivity (an anniversary, a trial), decided by the chair, with its reason.</summary>
public sealed class PublicationDelay
{
    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public required string Reason { get; init; }

    public DateOnly DecidedOn { get; init; }

    public required string DecidedBy { get; init; }
}
