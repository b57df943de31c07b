using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure;

public static class ThemeCounting
{
    /// <summary>
    /// The heat map of a partnership's reports accepted, and rapid reviews decided, from one date to
    /// another (either open), with the actions for those reviews; with no dates, every action of the partnership.
    /// </summary>
    public static async Task<ThemeHeatMap> HeatMapAsync(this LearningActionDbContext db, string partnership, DateOnly? from, DateOnly? to,
        ThemeSet themes, CancellationToken ct)
    {
        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.Partnership == partnership && (from == null || r.AcceptedOn >= from) && (to == null || r.AcceptedOn <= to))
            .ToListAsync(ct);
        var reviewIds = recommendations.Select(r => (Guid?)r.ReviewId).Distinct().ToList();
        var actions = await db.Actions.AsNoTracking()
            .Where(a => a.Partnership == partnership && ((from == null && to == null) || reviewIds.Contains(a.ReviewId)))
            .ToListAsync(ct);
        var rapidReviews = await db.RapidReviewLearning.AsNoTracking()
            .Where(l => l.Partnership == partnership && (from == null || l.DecidedOn >= from) && (to == null || l.DecidedOn <= to))
            .ToListAsync(ct);
        return ThemeHeatMap.Of(recommendations.Select(r => r.Raised()).Concat(rapidReviews.Select(l => l.Raised())), actions, themes);
    }
}
