using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis;

public sealed record ChronologyResponse(Guid RapidReviewId, IReadOnlyList<string> Agencies, IReadOnlyList<ChronologyEntry> Entries);
