using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>
/// The date to publish on, and the date the final report was sent to the national panel and the
/// Secretary of State (recorded here until the outbound feeds send it themselves).
/// </summary>
public sealed record ScheduleRequest([Required] DateOnly? PublishOn, [Required] DateOnly? SentToNationalBodiesOn);
