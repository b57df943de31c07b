using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure;

public static class ReachCounting
{
    /// <summary>A partnership's reach figures for the occasions held from one date to another (either open), for the API and the gRPC query alike.</summary>
    public static async Task<ReachFigures> ReachAsync(this LearningActionDbContext db, string partnership, DateOnly? from, DateOnly? to,
        ThemeSet themes, CancellationToken ct)
    {
        var events = await db.LearningEvents.AsNoTracking()
            .Where(e => e.Partnership == partnership && (from == null || e.HeldOn >= from) && (to == null || e.HeldOn <= to))
            .ToListAsync(ct);
        return ReachFigures.Of(events, from, to, themes);
    }
}
