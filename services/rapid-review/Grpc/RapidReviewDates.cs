using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Grpc;

/// <summary>What the yearly figures read of a rapid review.</summary>
internal sealed record RapidReviewDates(DateOnly NotifiedOn, PanelSubmission? Submission, ReviewDecision? Decision);
