namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>
/// One area's counts for a year set against its child population: each rate is per <see cref="Per"/>
/// children (10,000 or 1,000), to three decimal places, and null when the count or the population is not known.
/// </summary>
public sealed record AreaFigures(int Per, int? ChildPopulation, int? PopulationYear, int? Notifications, int? RapidReviews, int? LocalReviews)
{
    public decimal? NotificationRate => Rate(Notifications);

    public decimal? RapidReviewRate => Rate(RapidReviews);

    public decimal? LocalReviewRate => Rate(LocalReviews);

    private decimal? Rate(int? count) =>
        count is { } c && ChildPopulation is { } population && population > 0 ? Math.Round(c * (decimal)Per / population, 3) : null;
}
