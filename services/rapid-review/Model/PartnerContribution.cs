namespace Safeguarding.RapidReview.Api.Model;

public sealed class PartnerContribution
{
    public required string Partner { get; set; }

    public decimal Amount { get; set; }
}
