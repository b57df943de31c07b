using System.ComponentModel.DataAnnotations;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>The practitioners' feedback on an occasion: the average of their scores from 1 to 5, over how many responses.</summary>
public sealed record FeedbackRequest([Required, Range(1.0, 5.0)] decimal? Average, [Required, Range(1, 100_000)] int? Responses);
