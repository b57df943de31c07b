namespace Safeguarding.RapidReview.Api.Apis;

public sealed record BriefingPaperResponse(string? Partnership, DateOnly PreparedOn, int Total, int Red, int Amber, int Green,
    IReadOnlyList<BriefingItem> Items, int ReviewsTotal, int ReviewsRed, int ReviewsAmber, int ReviewsGreen, IReadOnlyList<ReviewBriefingItem> Reviews);
