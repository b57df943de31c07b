using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>A key practice episode: when it happened and what was done, for the multi-agency chronology.</summary>
public sealed record PracticeEpisodeRequest([Required] DateOnly? On, [Required, MaxLength(5_000)] string Episode);
