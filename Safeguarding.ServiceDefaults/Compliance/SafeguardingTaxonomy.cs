using Microsoft.Extensions.Compliance.Classification;

namespace Safeguarding.ServiceDefaults.Compliance;

/// <summary>
/// How case data is classified. Anything that could identify a child (names, dates of birth,
/// addresses and places, free text about what happened) is <see cref="ChildIdentifying"/>: it is
/// shown only to roles that need it, every read of it is audited, and the redactors erase it from
/// logs and traces.
/// </summary>
public static class SafeguardingTaxonomy
{
    public const string Name = "Safeguarding";

    public static DataClassification ChildIdentifying { get; } = new(Name, nameof(ChildIdentifying));
}
