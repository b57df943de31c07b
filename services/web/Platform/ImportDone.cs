namespace Safeguarding.Web.Platform;

/// <summary>An import of a register: its cases, how many were new, changed or as already brought in, and whether every service has taken its part.</summary>
public sealed record ImportDone(Guid Id, DateTimeOffset ImportedAt, int Cases, int Added, int Changed, int Unchanged, IReadOnlyList<string> TakenBy, bool Complete);
