namespace Safeguarding.RapidReview.Api.Apis;

public sealed record BriefingPaperResponse(string? Partnership, DateOnly PreparedOn, int Total, int Red, int Amber, int Green,
    IReadOnlyList<BriefingItem> Items, int ReviewsTotal, int ReviewsRed, int ReviewsAmber, int ReviewsGreen, IReadOnlyList<ReviewBriefingItem> Reviews);

public sealed record ReviewBriefingItem(Guid ReviewId, Guid RapidReviewId, string LocalAuthority, string Type, DateOnly DecidedOn, string Stage,
    DateOnly TargetCompletionOn, DateOnly ExpectedCompletionOn, IReadOnlyList<string> Delays, string Rating);

public sealed record BriefingItem(Guid RapidReviewId, Guid NotificationId, string LocalAuthority, string Nature, DateOnly NotifiedOn,
    DateOnly DueOn, string Stage, NextMilestone? NextMilestone, IReadOnlyList<string> OverdueMilestones, string Rating, bool Retrospective,
    IReadOnlyList<string> AwaitedContributions, IReadOnlyList<string> OverdueContributions);

public sealed record NextMilestone(string Code, string Description, DateOnly DueOn);

public sealed record TimelinessResponse(DateOnly? SubmittedFrom, DateOnly? SubmittedTo, int Submitted, int WithinFifteenWorkingDays,
    double? PercentWithinFifteenWorkingDays, IReadOnlyList<Delay> Delays);

public sealed record Delay(Guid RapidReviewId, Guid NotificationId, DateOnly DueOn, DateOnly SubmittedOn, int WorkingDaysLate, string? Reason);
