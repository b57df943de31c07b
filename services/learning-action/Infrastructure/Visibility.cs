using System.Security.Claims;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.LearningAction.Api.Infrastructure;

/// <summary>
/// The business manager and the independent chair see every action of their partnership; an
/// agency's people and systems only the actions their agency leads, and the partnership's published
/// briefings, learning events and reach; of the evidence of impact, their own agency's. National
/// bodies see nothing here.
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

    /// <summary>Occasions carry no case detail, and agencies record their own attendance: every role of the partnership sees them.</summary>
    public static IQueryable<LearningEvent> VisibleTo(this IQueryable<LearningEvent> events, ClaimsPrincipal user)
    {
        var partnership = user.Partnership() ?? "";
        return events.Where(e => e.Partnership == partnership);
    }

    public static IQueryable<ImpactEvidence> VisibleTo(this IQueryable<ImpactEvidence> evidence, ClaimsPrincipal user)
    {
        var partnership = user.Partnership() ?? "";
        var own = evidence.Where(e => e.Partnership == partnership);
        var agency = user.Agency() ?? "";
        return user.SeesWholePlan() ? own : own.Where(e => e.Agency == agency);
    }
}
