using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Notification.Api.Apis.Requests;

public sealed record LearningRouteRequest([Required, MaxLength(5_000)] string Rationale, [Required, MaxLength(2_000)] string LearningActivity);
