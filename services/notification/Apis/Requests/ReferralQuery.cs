using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>Filters for the list of referrals, and the page.</summary>
public sealed record ReferralQuery : PageRequest
{
    /// <summary>under-consideration, escalated, notification-agreed, notified, not-notified or kept-for-learning.</summary>
    [OneOf("under-consideration", "escalated", "notification-agreed", "notified", "not-notified", "kept-for-learning")]
    public string? Status { get; init; }

    /// <summary>Undecided (under consideration or escalated) past the date the decision was due, or not.</summary>
    public bool? Overdue { get; init; }

    public ReferralStatus? StatusFilter() => Status is { } name && ReferralStatusNames.ByName.TryGetValue(name, out var status) ? status : null;
}
