namespace Safeguarding.Publication.Api.Apis;

/// <summary>A publication in a list: no identifiers, no hits, only how far the check has come.</summary>
public sealed record PublicationSummary(Guid Id, Guid ReviewId, string ReviewType, DateOnly AcceptedOn, string Status, int? CurrentVersion,
    int UnresolvedHits, DateOnly? PublishOn)
{
    public static PublicationSummary From(Model.Publication p) =>
        new(p.Id, p.ReviewId, p.ReviewType, p.AcceptedOn, p.Status, p.CurrentReport?.Version, p.UnresolvedHits, p.PublishOn);
}
