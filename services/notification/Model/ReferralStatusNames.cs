namespace Safeguarding.Notification.Api.Model;

public static class ReferralStatusNames
{
    public static readonly IReadOnlyDictionary<string, ReferralStatus> ByName = new Dictionary<string, ReferralStatus>(StringComparer.Ordinal)
    {
        ["under-consideration"] = ReferralStatus.UnderConsideration,
        ["escalated"] = ReferralStatus.Escalated,
        ["notification-agreed"] = ReferralStatus.NotificationAgreed,
        ["notified"] = ReferralStatus.Notified,
        ["not-notified"] = ReferralStatus.NotNotified,
        ["kept-for-learning"] = ReferralStatus.KeptForLearning,
    };

    public static string ToName(ReferralStatus status) => ByName.First(p => p.Value == status).Key;
}
