using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts.Actions.V1;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Reporting;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Grpc;

/// <summary>What other services may read of the plan: a review's actions and their status, the themes' counts and the learning's reach; nothing about the child.</summary>
public sealed class ActionPlanQueriesService(LearningActionDbContext db, TimeProvider clock, IOptions<LearningActionOptions> options)
    : ActionPlanQueries.ActionPlanQueriesBase
{
    public override async Task<ReviewActions> GetReviewActions(GetReviewActionsRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ReviewId, out var reviewId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "review_id must be a UUID."));
        }

        var today = clock.Today();
        var entries = await db.Recommendations.AsNoTracking().Where(r => r.ReviewId == reviewId).ToDictionaryAsync(r => r.Id, r => r.Code, context.CancellationToken);
        var actions = await db.Actions.AsNoTracking().Where(a => a.ReviewId == reviewId).OrderBy(a => a.DueOn).ToListAsync(context.CancellationToken);
        var answer = new ReviewActions
        {
            ReviewId = reviewId.ToString(),
            PlanEntries = entries.Count,
            NotStarted = actions.Count(a => a.Status == ActionStatus.NotStarted),
            InProgress = actions.Count(a => a.Status == ActionStatus.InProgress),
            AwaitingSignOff = actions.Count(a => a.Status == ActionStatus.AwaitingSignOff),
            SignedOff = actions.Count(a => a.Status == ActionStatus.SignedOff),
            Closed = actions.Count(a => a.Status == ActionStatus.Closed),
            Overdue = actions.Count(a => a.IsOverdueOn(today)),
        };
        answer.Actions.AddRange(actions.Select(a => new ActionLine
        {
            ActionId = a.Id.ToString(),
            Recommendation = a.RecommendationId is { } id && entries.TryGetValue(id, out var code) ? code : "",
            LeadAgency = a.LeadAgency,
            Status = ActionStatusNames.Of(a.Status),
            DueOn = a.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EscalationLevel = a.EscalationLevel,
        }));
        return answer;
    }

    public override async Task<ThemeCounts> GetThemeCounts(GetThemeCountsRequest request, ServerCallContext context)
    {
        var from = Date(request.From, "from");
        var to = Date(request.To, "to");
        var map = await db.HeatMapAsync(request.Partnership, from, to, options.Value.ThemesFor(request.Partnership), context.CancellationToken);
        var answer = new ThemeCounts();
        answer.Themes.AddRange(map.Rows.Select(r => new ThemeCount { Theme = r.Theme, Coded = r.Coded, Reviews = r.Reviews, Actions = r.Actions }));
        return answer;
    }

    public override async Task<ActionPlanFigures> GetActionPlanFigures(GetReachFiguresRequest request, ServerCallContext context)
    {
        var (from, to) = FiguresPeriod.Parse(request.From, request.To);
        var ct = context.CancellationToken;
        var raisedBy = new DateTimeOffset(to.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var actions = await db.Actions.AsNoTracking().Where(a => a.Partnership == request.Partnership && a.RaisedAt < raisedBy).ToListAsync(ct);
        var briefings = await db.Briefings.AsNoTracking().Where(b => b.Partnership == request.Partnership && b.PublishedOn != null && b.PublishedOn <= to)
            .ToListAsync(ct);
        var evidence = await db.ImpactEvidence.AsNoTracking().Where(e => e.Partnership == request.Partnership && e.On >= from && e.On <= to).ToListAsync(ct);
        return ActionPlanFiguresOf.Of(actions, briefings, evidence, from, to);
    }

    public override async Task<PartnershipReach> GetReachFigures(GetReachFiguresRequest request, ServerCallContext context)
    {
        var from = Date(request.From, "from");
        var to = Date(request.To, "to");
        if (from > to)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "to cannot be before from."));
        }

        var reach = await db.ReachAsync(request.Partnership, from, to, options.Value.ThemesFor(request.Partnership), context.CancellationToken);
        var answer = new PartnershipReach
        {
            Courses = reach.Courses, Sessions = reach.Sessions, Practitioners = reach.Practitioners, FeedbackResponses = reach.FeedbackResponses,
            AverageFeedback = reach.AverageFeedback?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
        };
        answer.Agencies.AddRange(reach.ByAgency.Select(a => new AgencyReachLine { Agency = a.Agency, Sessions = a.Sessions, Practitioners = a.Practitioners }));
        answer.Themes.AddRange(reach.ByTheme.Select(t => new ThemeReachLine
        {
            Theme = t.Theme, Coded = t.Coded, Courses = t.Courses, Sessions = t.Sessions, Practitioners = t.Practitioners,
        }));
        return answer;
    }

    private static DateOnly? Date(string text, string field) =>
        text.Length == 0 ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new RpcException(new Status(StatusCode.InvalidArgument, $"{field} must be a date (yyyy-MM-dd) or empty."));
}
