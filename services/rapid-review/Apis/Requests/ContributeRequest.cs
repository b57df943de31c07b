using System.ComponentModel.DataAnnotations;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>An agency's contribution: its involvement, the dated key practice episodes, the safety actions it took, and who to contact.</summary>
public sealed record ContributeRequest(
    [Required, MaxLength(200)] string Agency,
    [Required, OneOf("local-authority", "police", "health", "relevant-agency")] string AgencyType,
    [Required, MaxLength(10_000)] string Involvement,
    [Required, MaxLength(200)] IReadOnlyList<PracticeEpisodeRequest> KeyPracticeEpisodes,
    [Required, MaxLength(50), TextItems(5_000)] IReadOnlyList<string> ImmediateSafetyActions,
    [Required] PractitionerRequest Practitioner)
{
    public AgencyContribution ToContribution(string submittedBy, DateTimeOffset submittedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        Agency = Agency.Trim(),
        AgencyType = AgencyType,
        Involvement = Involvement.Trim(),
        KeyPracticeEpisodes = KeyPracticeEpisodes.Select(e => new PracticeEpisode { On = e.On!.Value, Episode = e.Episode.Trim() }).ToList(),
        ImmediateSafetyActions = ImmediateSafetyActions.Select(a => a.Trim()).ToList(),
        Practitioner = new Practitioner
        {
            Name = Practitioner.Name.Trim(), Role = Practitioner.Role.Trim(), Telephone = Practitioner.Telephone.Trim(), Email = Practitioner.Email.Trim(),
        },
        SubmittedAt = submittedAt,
        SubmittedBy = submittedBy,
    };
}
