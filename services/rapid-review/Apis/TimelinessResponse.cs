namespace Safeguarding.RapidReview.Api.Apis;

public sealed record TimelinessResponse(DateOnly? SubmittedFrom, DateOnly? SubmittedTo, int Submitted, int WithinFifteenWorkingDays,
    double? PercentWithinFifteenWorkingDays, IReadOnlyList<Delay> Delays);
