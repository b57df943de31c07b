namespace Safeguarding.RapidReview.Api.Model;

public sealed class ReviewCosts
{
    public decimal AuthorFee { get; set; }

    public decimal OtherCosts { get; set; }

    public List<PartnerContribution> PartnerContributions { get; set; } = [];
}
