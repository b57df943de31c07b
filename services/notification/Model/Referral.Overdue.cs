using System.Linq.Expressions;

namespace Safeguarding.Notification.Api.Model;

public sealed partial class Referral
{
    /// <summary>A decision is still awaited after its due date (the five working days a notification allows): the chair's list flags it.</summary>
    public bool IsOverdueOn(DateOnly today) => Status is ReferralStatus.UnderConsideration or ReferralStatus.Escalated && DecisionDueOn < today;

    /// <summary>The same rule as <see cref="IsOverdueOn"/>, for the database to apply to a list.</summary>
    public static Expression<Func<Referral, bool>> OverdueOn(DateOnly today, bool overdue = true) =>
        r => ((r.Status == ReferralStatus.UnderConsideration || r.Status == ReferralStatus.Escalated) && r.DecisionDueOn < today) == overdue;
}
