using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>A briefing as lists show it, without its sections.</summary>
public sealed record BriefingSummary(
    Guid Id, string Title, string Format, Guid? ReviewId, string? Theme, string Status, IReadOnlyList<string> Agencies, DateOnly? PublishedOn, DateTimeOffset LastChangedAt)
{
    public static BriefingSummary From(Briefing b) => new(b.Id, b.Title, b.Format, b.ReviewId, b.Theme, b.Status, b.Agencies, b.PublishedOn, b.LastChangedAt);
}
