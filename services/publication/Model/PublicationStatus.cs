namespace Safeguarding.Publication.Api.Model;

/// <summary>Where a review's publication stands: awaiting its final report, being checked for identifiers, scheduled, published, or decided against.</summary>
public static class PublicationStatus
{
    public const string AwaitingReport = "awaiting-report";
    public const string Checking = "checking";
    public const string Scheduled = "scheduled";
    public const string Published = "published";
    public const string NotPublished = "not-published";
}
