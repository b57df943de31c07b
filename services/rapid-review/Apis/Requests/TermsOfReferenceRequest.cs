using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

public sealed record TermsOfReferenceRequest([Required] DateOnly? AgreedOn);
