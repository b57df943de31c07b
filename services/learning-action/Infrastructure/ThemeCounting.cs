using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure;

public static class ThemeCounting
{
    /// <summary>
    /// The heat map of a partnership's reports accepted, and rapid reviews decided, from one date to
    /// another (either open), with the actions for those reviews and those raised outside a review in
    /// that period; with no dates, every action of the partnership.
    /// </summary>
    public static async Task<ThemeHeatMap> HeatMapAsync(this LearningActionDbContext db, string partnership, DateOnly? from, DateOnly? to,
        ThemeSet themes, CancellationToken ct)
    {
        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.Partnership == partnership && (from == null || r.AcceptedOn >= from) && (to == null || r.AcceptedOn <= to))
            .ToListAsync(ct);
        var reviewIds = recommendations.Select(r => (Guid?)r.ReviewId).Distinct().ToList();
        // An action outside any review (an audit's, an inspection's, a rapid review's) counts in the period it was raised.
        DateTimeOffset? raisedFrom = from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        DateTimeOffset? raisedBefore = to is { } t && t < DateOnly.MaxValue ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        var actions = await db.Actions.AsNoTracking()
            .Where(a => a.Partnership == partnership && ((from == null && to == null) || reviewIds.Contains(a.ReviewId)
                || (a.ReviewId == null && (raisedFrom == null || a.RaisedAt >= raisedFrom) && (raisedBefore == null || a.RaisedAt < raisedBefore))))
            .ToListAsync(ct);
        var rapidReviews = await db.RapidReviewLearning.AsNoTracking()
            .Where(l => l.Partnership == partnership && (from == null || l.DecidedOn >= from) && (to == null || l.DecidedOn <= to))
            .ToListAsync(ct);
        return ThemeHeatMap.Of(recommendations.Select(r => r.Raised()).Concat(rapidReviews.Select(l => l.Raised())), actions, themes);
    }
}
