namespace Safeguarding.ServiceDefaults.Domain;

/// <summary>
/// A step of the process that is not allowed now, and why ("The chair has decided: contributions
/// are closed."). Answered as a 409 problem. The reason names the step and the state, never a
/// child's details.
/// </summary>
public sealed class StepNotAllowedException(string reason) : Exception(reason);
