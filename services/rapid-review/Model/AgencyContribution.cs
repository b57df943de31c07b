using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>What one agency brings to the rapid review: its involvement, the key practice episodes, the safety actions it took, and who to contact.</summary>
public sealed class AgencyContribution
{
    public Guid Id { get; set; }

    public required string Agency { get; set; }

    /// <summary>local-authority, police, health or relevant-agency.</summary>
    public required string AgencyType { get; set; }

    [ChildIdentifying]
    public required string Involvement { get; set; }

    [ChildIdentifying]
    public List<PracticeEpisode> KeyPracticeEpisodes { get; set; } = [];

    [ChildIdentifying]
    public List<string> ImmediateSafetyActions { get; set; } = [];

    public required Practitioner Practitioner { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public required string SubmittedBy { get; set; }
}
