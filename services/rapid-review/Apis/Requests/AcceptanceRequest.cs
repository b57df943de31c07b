using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The report as the partnership accepted it; recommendations are numbered R1, R2, … in the order given.</summary>
public sealed record AcceptanceRequest(
    [Required] DateOnly? AcceptedOn,
    [Required, MaxLength(100), TextItems(5_000)] IReadOnlyList<string> Findings,
    [Required, MaxLength(50), TextItems(200)] IReadOnlyList<string> LearningThemes,
    [Required, MaxLength(100), TextItems(5_000)] IReadOnlyList<string> Recommendations);
