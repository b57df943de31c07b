using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

public sealed record PanelMeetingRequest([Required] DateOnly? HeldOn);
