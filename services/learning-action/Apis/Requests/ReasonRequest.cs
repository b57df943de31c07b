using System.ComponentModel.DataAnnotations;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>Why: an action sent back to its lead agency, or closed without completion.</summary>
public sealed record ReasonRequest([Required, MaxLength(2_000)] string Reason);
