using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>A publication with its report versions and the state of the check; the hits themselves are read separately (audited).</summary>
public sealed record PublicationResponse(Guid Id, Guid ReviewId, Guid RapidReviewId, string ReviewType, DateOnly AcceptedOn, string Status,
    IReadOnlyList<ReportVersion> Reports, int Identifiers, int Hits, int UnresolvedHits, DateOnly? SentToNationalBodiesOn, DateOnly? PublishOn)
{
    public static PublicationResponse From(Model.Publication p) =>
        new(p.Id, p.ReviewId, p.RapidReviewId, p.ReviewType, p.AcceptedOn, p.Status, p.Reports, p.Identifiers.Count, p.CurrentHits.Count(),
            p.UnresolvedHits, p.SentToNationalBodiesOn, p.PublishOn);
}
