using System.Security.Claims;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.LearningAction.Api.Infrastructure;

/// <summary>
/// The business manager and the independent chair see every action of their partnership; an
/// agency's people and systems only the actions their agency leads, and the partnership's published
/// briefings. National bodies see nothing here.
/// </summary>
public static class Visibility
{
    public static bool SeesWholePlan(this ClaimsPrincipal user) => user.IsInRole(Roles.BusinessManager) || user.IsInRole(Roles.IndependentChair);

    public static IQueryable<PlanAction> VisibleTo(this IQueryable<PlanAction> actions, ClaimsPrincipal user)
    {
        var partnership = user.Partnership() ?? "";
        var own = actions.Where(a => a.Partnership == partnership);
        var agency = user.Agency() ?? "";
        return user.SeesWholePlan() ? own : own.Where(a => a.LeadAgency == agency);
    }

    public static IQueryable<PlanRecommendation> VisibleTo(this IQueryable<PlanRecommendation> recommendations, ClaimsPrincipal user)
    {
        var partnership = user.Partnership() ?? "";
        return recommendations.Where(r => r.Partnership == partnership);
    }

    public static IQueryable<Briefing> VisibleTo(this IQueryable<Briefing> briefings, ClaimsPrincipal user)
    {
        var partnership = user.Partnership() ?? "";
        var own = briefings.Where(b => b.Partnership == partnership);
        return user.SeesWholePlan() ? own : own.Where(b => b.Status == BriefingStatus.Published);
    }
}
