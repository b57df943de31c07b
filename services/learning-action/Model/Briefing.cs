using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// A learning briefing (a 7-minute briefing or a 6-step briefing) of a review's or a theme's
/// learning: drafted and edited by the business manager, approved by the business manager or the
/// independent chair (never by the person who drafted it, so that a second pair of eyes has read
/// it), then published to the partnership for the named member agencies to disseminate. Each
/// agency records its dissemination; an agency with none after the due working days is chased once.
/// </summary>
public sealed partial class Briefing : Aggregate
{
    public Guid Id { get; init; }

    public required string Partnership { get; init; }

    public string Title { get; private set; } = "";

    public required string Format { get; init; }

    /// <summary>The review whose learning it carries; or else a <see cref="Theme"/>.</summary>
    public Guid? ReviewId { get; init; }

    /// <summary>The thematic learning it carries, when it is not a single review's.</summary>
    public string? Theme { get; init; }

    public List<BriefingSection> Sections { get; private set; } = [];

    /// <summary>The member agencies expected to disseminate it (as their people's agency claim names them).</summary>
    public List<string> Agencies { get; private set; } = [];

    public string Status { get; private set; } = BriefingStatus.Draft;

    public required string DraftedBy { get; init; }

    public DateTimeOffset DraftedAt { get; init; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset LastChangedAt { get; private set; }

    public uint Version { get; set; }

    public static Briefing Draft(string partnership, string title, string format, Guid? reviewId, string? theme,
        IReadOnlyList<BriefingSection> sections, IReadOnlyList<string> agencies, string by, TimeProvider clock)
    {
        Valid(BriefingFormats.Headings.ContainsKey(format), "format", $"format is one of {string.Join(", ", BriefingFormats.Headings.Keys)}.");
        Valid(reviewId is null != string.IsNullOrWhiteSpace(theme), "reviewId", "A briefing is of a review (reviewId) or of a theme (theme): give exactly one.");
        var now = clock.GetUtcNow();
        var briefing = new Briefing
        {
            Id = Guid.CreateVersion7(), Partnership = partnership, Format = format, ReviewId = reviewId, Theme = theme, DraftedBy = by, DraftedAt = now,
        };
        briefing.Write(title, sections, agencies, now);
        return briefing;
    }

    /// <summary>Rewrites the title, sections and agencies: only while the briefing is a draft.</summary>
    public void Edit(string title, IReadOnlyList<BriefingSection> sections, IReadOnlyList<string> agencies, TimeProvider clock)
    {
        Allowed(Status == BriefingStatus.Draft, $"The briefing is {Status}: it is edited only while it is a draft.");
        Write(title, sections, agencies, clock.GetUtcNow());
    }

    public void Approve(string by, TimeProvider clock)
    {
        Allowed(Status == BriefingStatus.Draft, $"The briefing is {Status}: only a draft is approved.");
        Allowed(!string.Equals(by, DraftedBy, StringComparison.Ordinal), "The briefing is approved by someone other than the person who drafted it.");
        ApprovedBy = by;
        ApprovedAt = clock.GetUtcNow();
        Status = BriefingStatus.Approved;
        LastChangedAt = ApprovedAt.Value;
    }

    public void Publish(TimeProvider clock)
    {
        Allowed(Status == BriefingStatus.Approved, $"The briefing is {Status}: only an approved briefing is published.");
        var now = clock.GetUtcNow();
        Status = BriefingStatus.Published;
        PublishedOn = clock.Today();
        PublishedAt = now;
        LastChangedAt = now;
        Raise(new BriefingPublishedIntegrationEvent(Id, Partnership, Format, ReviewId, [.. Agencies], PublishedOn.Value), now);
    }

    private void Write(string title, IReadOnlyList<BriefingSection> sections, IReadOnlyList<string> agencies, DateTimeOffset now)
    {
        var headings = BriefingFormats.Headings[Format];
        Valid(sections.Count == headings.Count && sections.Zip(headings).All(p => string.Equals(p.First.Heading.Trim(), p.Second, StringComparison.OrdinalIgnoreCase)),
            "sections", $"A {Format} briefing has these sections, in order: {string.Join("; ", headings)}.");
        Valid(sections.All(s => !string.IsNullOrWhiteSpace(s.Text)), "sections", "Every section has its text.");
        var expected = agencies.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Valid(expected.Count > 0, "agencies", "Name the member agencies expected to disseminate the briefing.");
        Title = title.Trim();
        Sections = [.. sections.Zip(headings).Select(p => new BriefingSection { Heading = p.Second, Text = p.First.Text.Trim() })];
        Agencies = expected;
        LastChangedAt = now;
    }
}
