using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>The date to publish on: at least 7 working days after the last national body had the report sent.</summary>
public sealed record ScheduleRequest([Required] DateOnly? PublishOn);
