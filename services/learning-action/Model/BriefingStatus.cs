namespace Safeguarding.LearningAction.Api.Model;

/// <summary>Where a briefing is: drafted, approved, published to the partnership.</summary>
public static class BriefingStatus
{
    public const string Draft = "draft";
    public const string Approved = "approved";
    public const string Published = "published";
}
