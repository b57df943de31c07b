namespace Safeguarding.RapidReview.Api.Model;

public enum CaseReviewStatus
{
    InProgress,
    ReportAccepted,
}
