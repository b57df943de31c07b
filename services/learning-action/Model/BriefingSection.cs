using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>One section of a briefing: the format's heading and what the partnership says under it.</summary>
public sealed class BriefingSection
{
    public required string Heading { get; init; }

    [ChildIdentifying]
    public required string Text { get; init; }
}
