namespace Safeguarding.RapidReview.Api.Apis;

public sealed record BriefingItem(Guid RapidReviewId, Guid NotificationId, string LocalAuthority, string Nature, DateOnly NotifiedOn,
    DateOnly DueOn, string Stage, NextMilestone? NextMilestone, IReadOnlyList<string> OverdueMilestones, string Rating, bool Retrospective,
    IReadOnlyList<string> AwaitedContributions, IReadOnlyList<string> OverdueContributions);
