using System.ComponentModel.DataAnnotations;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The agencies asked for their contribution, and the working day of the schedule it is due by (e.g. Day 7).</summary>
public sealed record RequestContributionsRequest(
    [Required, MinLength(1), MaxLength(30)] IReadOnlyList<AgencyRequest> Agencies,
    [Required, Range(1, StatutoryDeadlines.RapidReviewWorkingDays)] int? DueDay);
