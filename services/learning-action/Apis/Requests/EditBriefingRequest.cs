using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>A draft briefing rewritten: its title, its sections (the format's headings, in order) and the agencies expected to disseminate it.</summary>
public sealed record EditBriefingRequest(
    [Required, MaxLength(300)] string Title,
    [Required, MaxLength(6)] IReadOnlyList<SectionRequest> Sections,
    [Required, MinLength(1), MaxLength(30), TextItems(200)] IReadOnlyList<string> Agencies);
