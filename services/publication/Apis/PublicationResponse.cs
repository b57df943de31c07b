using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>
/// A publication with its report versions and the state of the check (the hits themselves are read
/// separately, audited), its dates against the 6 months from the decision on the review, each delay
/// with its reason, what the register shows, and each sending to the national bodies with their acknowledgements.
/// </summary>
public sealed record PublicationResponse(Guid Id, Guid ReviewId, Guid RapidReviewId, Guid? NotificationId, string ReviewType, DateOnly AcceptedOn, string Status,
    IReadOnlyList<ReportVersion> Reports, int Identifiers, int Hits, int UnresolvedHits, DateOnly? SentToNationalBodiesOn, DateOnly? PublishOn,
    DateOnly? DecidedOn, DateOnly? DueBy, DateOnly? PublishedOn, bool? PublishedWithinSixMonths, IReadOnlyList<PublicationDelay> Delays,
    RegisterEntry? Register, NotPublishing? NotPublishing, IReadOnlyList<NationalSubmission> Submissions, IReadOnlyList<string> AwaitingAcknowledgement)
{
    public static PublicationResponse From(Model.Publication p) =>
        new(p.Id, p.ReviewId, p.RapidReviewId, p.NotificationId, p.ReviewType, p.AcceptedOn, p.Status, p.Reports, p.Identifiers.Count, p.CurrentHits.Count(),
            p.UnresolvedHits, p.SentToNationalBodiesOn, p.PublishOn, p.DecidedOn, p.DueBy, p.PublishedOn, p.PublishedWithinSixMonths, p.Delays,
            p.Register, p.NotPublishing, p.Submissions, p.CurrentSubmission is null ? [] : p.AwaitingAcknowledgement);
}
