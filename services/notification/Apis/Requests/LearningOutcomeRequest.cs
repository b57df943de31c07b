using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Notification.Api.Apis.Requests;

public sealed record LearningOutcomeRequest([Required, MaxLength(5_000)] string Outcome);
