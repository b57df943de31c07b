using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

public sealed record AttendanceRequest([Required] bool? LocalAuthority, [Required] bool? Police, [Required] bool? Health);
