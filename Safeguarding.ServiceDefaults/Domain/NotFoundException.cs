namespace Safeguarding.ServiceDefaults.Domain;

/// <summary>
/// No such case, or one of another partnership: the two are indistinguishable to the caller.
/// Answered as a 404 problem.
/// </summary>
public sealed class NotFoundException(string what, Guid id) : Exception($"No {what.ToLowerInvariant()} has id {id}.")
{
    public string What { get; } = what;
}
