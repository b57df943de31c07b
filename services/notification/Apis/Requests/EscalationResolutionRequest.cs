using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <param name="Outcome">notify or do-not-notify.</param>
public sealed record EscalationResolutionRequest([Required, OneOf("notify", "do-not-notify")] string Outcome, [Required, MaxLength(5_000)] string Reasoning);
