namespace Safeguarding.RapidReview.Api.Model;

public static class ContributionRequestStatus
{
    public const string Requested = "requested";
    public const string Overdue = "overdue";
    public const string Received = "received";
}
