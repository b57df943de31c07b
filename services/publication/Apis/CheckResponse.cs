using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>The anonymisation check of the current report: the identifiers looked for, and each hit with its context and resolution.</summary>
public sealed record CheckResponse(int? ReportVersion, IReadOnlyList<Identifier> Identifiers, IReadOnlyList<IdentifierHit> Hits, int UnresolvedHits)
{
    public static CheckResponse From(Model.Publication p) =>
        new(p.CurrentReport?.Version, p.Identifiers, [.. p.CurrentHits.OrderBy(h => h.Offset)], p.UnresolvedHits);
}
