namespace Safeguarding.ServiceDefaults.Idempotency;

/// <summary>An <c>Idempotency-Key</c> used again for a different request: answered 422.</summary>
public sealed class IdempotencyKeyReusedException() : Exception("This Idempotency-Key was used for a different request. Use a new key for a new request.");
