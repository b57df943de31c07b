using Microsoft.AspNetCore.Mvc;
using Safeguarding.Notification.Api.Apis.Requests;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>Notifications counted by nature and month, for the partnership's and the national figures.</summary>
public static class NotificationStatisticsApi
{
    public static async Task<Ok<NotificationStatistics>> StatisticsAsync(
        [AsParameters] NotificationStatisticsQuery query, [FromServices] NotificationServices services, ClaimsPrincipal user, CancellationToken ct)
    {
        var (from, to) = (query.NotifiedFrom, query.NotifiedTo);
        var visible = NotificationsApi.Visible(services, user).Where(n => n.Status == NotificationStatus.Notified);
        if (from is { } start)
        {
            visible = visible.Where(n => n.NotifiedOn >= start);
        }

        if (to is { } end)
        {
            visible = visible.Where(n => n.NotifiedOn <= end);
        }

        var counts = await visible
            .GroupBy(n => new { n.NotifiedOn.Year, n.NotifiedOn.Month, n.Nature })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Nature, Count = g.Count() })
            .ToListAsync(ct);
        var months = counts.GroupBy(c => (c.Year, c.Month)).OrderBy(g => g.Key)
            .Select(g => new MonthCount(
                $"{g.Key.Year:D4}-{g.Key.Month:D2}",
                g.Where(c => c.Nature == IncidentNature.ChildDeath).Sum(c => c.Count),
                g.Where(c => c.Nature == IncidentNature.SeriousHarm).Sum(c => c.Count),
                g.Where(c => c.Nature == IncidentNature.Other).Sum(c => c.Count),
                g.Sum(c => c.Count)))
            .ToList();
        return TypedResults.Ok(new NotificationStatistics(from, to, months,
            months.Sum(m => m.ChildDeath), months.Sum(m => m.SeriousHarm), months.Sum(m => m.Other), months.Sum(m => m.Total)));
    }
}
