using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>The composite action plan: each accepted review's recommendations with the actions that answer them, and the bi-weekly monitoring report.</summary>
public static class PlanApi
{
    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning-actions").WithTags("Action plan");
        api.MapGet("/plan", PlanAsync).WithName("GetActionPlan")
            .WithSummary("The plan's entries (reviews' recommendations, newest first) with the actions that answer each; an agency sees only its own actions")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapGet("/monitoring-report", MonitoringAsync).WithName("GetMonitoringReport")
            .WithSummary("For the sub-group's bi-weekly monitoring: what changed, what is overdue, what was escalated and what awaits sign-off since a date (default 14 days ago)")
            .RequireAuthorization(Policies.ManageActionPlan);
        return app;
    }

    public static async Task<Ok<PageOf<PlanEntryResponse>>> PlanAsync([AsParameters] PlanQuery query, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var today = services.Clock.Today();
        var entries = services.Db.Recommendations.AsNoTracking().VisibleTo(services.User)
            .Where(r => query.ReviewId == null || r.ReviewId == query.ReviewId)
            .OrderByDescending(r => r.AcceptedOn).ThenBy(r => r.ReviewId).ThenBy(r => r.Code);
        var page = await query.ReadAsync(entries, r => r, ct);
        var ids = page.Items.Select(r => (Guid?)r.Id).ToList();
        var actions = await services.Db.Actions.AsNoTracking().VisibleTo(services.User).Where(a => ids.Contains(a.RecommendationId)).ToListAsync(ct);
        return TypedResults.Ok(new PageOf<PlanEntryResponse>(page.Page, page.PageSize, page.Total, [.. page.Items.Select(r => PlanEntryResponse.From(r,
            [.. actions.Where(a => a.RecommendationId == r.Id).OrderBy(a => a.DueOn).Select(a => ActionSummary.From(a, today))]))]));
    }

    public static async Task<Ok<MonitoringReport>> MonitoringAsync(DateOnly? since, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var today = services.Clock.Today();
        var from = since ?? today.AddDays(-14);
        var fromInstant = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var actions = await services.Db.Actions.AsNoTracking().VisibleTo(services.User)
            .Where(a => a.LastChangedAt >= fromInstant || a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.AwaitingSignOff)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .ToListAsync(ct);
        var newEntries = await services.Db.Recommendations.AsNoTracking().VisibleTo(services.User).CountAsync(r => r.OpenedAt >= fromInstant, ct);
        return TypedResults.Ok(MonitoringReport.Of(actions, from, today, fromInstant, newEntries));
    }
}
