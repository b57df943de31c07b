namespace Safeguarding.RapidReview.Api.Apis;

public sealed record ReviewTimelinessResponse(int Completed, int WithinSixMonths, IReadOnlyList<ReviewDelay> Delays);
