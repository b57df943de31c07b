namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// A notification withdrawn before its rapid review was opened (the withdrawal overtook the
/// notification on the broker): the review is opened closed when the notification arrives.
/// </summary>
public sealed class WithdrawnNotification
{
    public Guid NotificationId { get; init; }

    public DateOnly WithdrawnOn { get; init; }
}
