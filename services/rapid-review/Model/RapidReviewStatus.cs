namespace Safeguarding.RapidReview.Api.Model;

public enum RapidReviewStatus
{
    Open,
}
