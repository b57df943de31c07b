using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Publication.Api.Model;

/// <summary>A name or other detail that must not appear in the published report (e.g. a child's or a parent's name).</summary>
public sealed class Identifier
{
    public Guid Id { get; init; }

    [ChildIdentifying]
    public required string Value { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    public required string AddedBy { get; init; }
}
