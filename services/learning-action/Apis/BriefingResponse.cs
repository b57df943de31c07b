using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>A briefing with its sections, who drafted and approved it, and when it was published.</summary>
public sealed record BriefingResponse(
    BriefingSummary Briefing,
    IReadOnlyList<BriefingSection> Sections,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? PublishedAt)
{
    public static BriefingResponse From(Briefing b) => new(BriefingSummary.From(b), b.Sections, b.DraftedBy, b.DraftedAt, b.ApprovedBy, b.ApprovedAt, b.PublishedAt);
}
