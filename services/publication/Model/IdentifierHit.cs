using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// An identifier found in a version of the report, with the words around it so the business manager
/// can judge it. The matched text and its context identify the child: never logged, reads audited.
/// </summary>
public sealed class IdentifierHit
{
    public Guid Id { get; init; }

    public int ReportVersion { get; init; }

    public Guid IdentifierId { get; init; }

    /// <summary>Where in the report's extracted text the hit starts (characters).</summary>
    public int Offset { get; init; }

    [ChildIdentifying]
    public required string Text { get; init; }

    [ChildIdentifying]
    public required string Context { get; init; }

    public string? Resolution { get; set; }

    [ChildIdentifying]
    public string? Pseudonym { get; set; }

    [ChildIdentifying]
    public string? Reason { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public bool Resolved => Resolution is not null;
}
