namespace Safeguarding.Notification.Api.Model;

public enum ReferralStatus
{
    UnderConsideration,
    /// <summary>Partners disagreed with a decision not to notify: the independent chair resolves it.</summary>
    Escalated,
    /// <summary>The chair resolved an escalation in favour of notifying: the local authority notifies next.</summary>
    NotificationAgreed,
    Notified,
    NotNotified,
    KeptForLearning,
}
