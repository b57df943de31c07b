namespace Safeguarding.ServiceDefaults.Idempotency;

/// <summary>
/// A create request made with an <c>Idempotency-Key</c>, saved in the same transaction as the case
/// it created, so that a retry (after a 503, a timeout, a lost answer) returns that case instead of
/// making a second one.
/// </summary>
public sealed class IdempotentRequest
{
    public long Id { get; init; }

    /// <summary>Who sent it (the token's <c>sub</c>): keys are the caller's own.</summary>
    public required string Caller { get; init; }

    public required string Key { get; init; }

    /// <summary>What it did, e.g. notify: the same key for another operation is a different request.</summary>
    public required string Operation { get; init; }

    /// <summary>SHA-256 of the request body, so the same key with a different body is refused.</summary>
    public required string RequestHash { get; init; }

    public Guid ResourceId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
