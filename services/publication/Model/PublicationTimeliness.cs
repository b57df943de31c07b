namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// Publication against the 6 months from the decision on each review: how many were published
/// within them, how many late (each with the reasons of its delays), how many cannot be told (the
/// decision date unknown), and how many the chair decided not to publish.
/// </summary>
public sealed record PublicationTimeliness(int Published, int WithinSixMonths, int Unknown, int NotPublished, IReadOnlyList<DelayedPublication> Delayed)
{
    public static PublicationTimeliness Of(IEnumerable<Publication> publications)
    {
        var all = publications.ToList();
        var published = all.Where(p => p.Status == PublicationStatus.Published).ToList();
        // Every publication that was late or was delayed keeps its reasons, whether or not it has been published yet.
        var delayed = all.Where(p => p.PublishedWithinSixMonths == false || p.Delays.Count > 0)
            .Select(p => new DelayedPublication(p.Id, p.ReviewId, p.ReviewType, p.DueBy, p.PublishOn, p.PublishedOn, p.PublishedWithinSixMonths,
                [.. p.Delays.Select(d => d.Reason)]))
            .ToList();
        return new PublicationTimeliness(published.Count, published.Count(p => p.PublishedWithinSixMonths == true),
            published.Count(p => p.PublishedWithinSixMonths is null), all.Count(p => p.Status == PublicationStatus.NotPublished), delayed);
    }
}
