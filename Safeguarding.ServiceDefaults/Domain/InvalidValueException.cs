namespace Safeguarding.ServiceDefaults.Domain;

/// <summary>
/// A value that is well formed but that the case does not allow (a meeting dated before the
/// notification). Answered as a 400 problem naming the field by its JSON path.
/// </summary>
public sealed class InvalidValueException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
