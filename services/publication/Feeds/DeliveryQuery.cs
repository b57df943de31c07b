namespace Safeguarding.Publication.Api.Feeds;

/// <summary>Which pushes (by recipient, by status), and the page.</summary>
public sealed record DeliveryQuery : PageRequest
{
    [Safeguarding.ServiceDefaults.Validation.OneOf(FeedRecipients.NationalPanel, FeedRecipients.Dfe, FeedRecipients.Ofsted, FeedRecipients.Repository)]
    public string? Recipient { get; init; }

    [Safeguarding.ServiceDefaults.Validation.OneOf(DeliveryStatus.Pending, DeliveryStatus.Delivered, DeliveryStatus.DeadLettered)]
    public string? Status { get; init; }
}
