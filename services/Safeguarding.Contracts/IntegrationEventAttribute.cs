namespace Safeguarding.Contracts;

/// <summary>
/// Gives an integration event its stable, versioned name on the wire (the CloudEvents <c>type</c>).
/// The CLR type name never leaves the process: renaming a class must not break a consumer.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventAttribute(string type) : Attribute
{
    public string Type { get; } = type;
}
