using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>A national body's receipt of the report that came outside its feed (for example by email): who, and on which day.</summary>
public sealed record AcknowledgementRequest([Required, StringLength(40)] string Recipient, [Required] DateOnly? ReceivedOn);
