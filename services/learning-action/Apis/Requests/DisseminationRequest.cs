using System.ComponentModel.DataAnnotations;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>
/// An agency's dissemination of a published briefing: the teams reached, how many practitioners,
/// on which day, how, and what they said. An agency records for itself; the business manager names
/// the <c>agency</c> it records for.
/// </summary>
public sealed record DisseminationRequest(
    [MaxLength(200)] string? Agency,
    [Required, MaxLength(50), TextItems(200)] IReadOnlyList<string> Teams,
    [Required, Range(1, 100_000)] int? Practitioners,
    [Required] DateOnly? On,
    [Required, OneOf(Dissemination.TeamMeeting, Dissemination.Email, Dissemination.Training, Dissemination.Supervision, Dissemination.Other)] string Method,
    [MaxLength(5_000)] string? Feedback);
