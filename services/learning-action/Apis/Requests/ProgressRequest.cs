using System.ComponentModel.DataAnnotations;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>A progress note on an action.</summary>
public sealed record ProgressRequest([Required, MaxLength(5_000)] string Text);
