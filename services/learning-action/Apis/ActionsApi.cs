using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Apis.Requests;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>The actions of the composite action plan: raised by the business manager, each seen by its lead agency and the business unit.</summary>
public static class ActionsApi
{
    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning-actions").WithTags("Action plan");
        api.MapPost("", RaiseAsync).WithName("RaiseAction")
            .WithSummary("Add an action to the plan, for a review's recommendation or from a rapid review, an audit or an inspection")
            .RequireAuthorization(Policies.ManageActionPlan);
        api.MapGet("", ListAsync).WithName("ListActions")
            .WithSummary("Actions, soonest due first: an agency sees those it leads, the business manager and chair all of the partnership's")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetAction")
            .WithSummary("An action with its progress notes, evidence, sign-off decisions, reminders and escalations (the read is audited)")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapGet("/{id:guid}/audit", AuditAsync).WithName("GetActionAuditTrail")
            .WithSummary("Who read or changed an action, when, from where")
            .RequireAuthorization(Policies.ReadAuditTrail);
        return app;
    }

    public static async Task<Created<ActionResponse>> RaiseAsync(RaiseActionRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? throw new StepNotAllowedException("Actions belong to a partnership: the caller's token names none.");
        var entry = request.RecommendationId is { } recommendationId
            ? ActionPlanEntry.ForRecommendation(await services.Db.Recommendations.VisibleTo(services.User).FirstOrDefaultAsync(r => r.Id == recommendationId, ct)
                ?? throw new NotFoundException("Recommendation", recommendationId))
            : ActionPlanEntry.Outside(partnership, request.Source!, request.SourceReference?.Trim());
        var action = PlanAction.Raise(entry, request.LeadAgency.Trim(), [.. (request.ContributingAgencies ?? []).Select(a => a.Trim())],
            request.Description.Trim(), request.SuccessMeasure.Trim(), request.DueOn!.Value, [.. (request.Themes ?? []).Select(ThemeSet.Code)],
            services.Caller, services.Calendar, services.Clock);
        services.Db.Actions.Add(action);
        await services.SaveAsync(action, "raise", "action", ct);
        return TypedResults.Created($"/api/learning-actions/{action.Id}", ActionResponse.From(action, services.Clock.Today()));
    }

    public static async Task<Ok<PageOf<ActionSummary>>> ListAsync([AsParameters] ActionQuery query, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var today = services.Clock.Today();
        var actions = query.Apply(services.Db.Actions.AsNoTracking().VisibleTo(services.User), today);
        return TypedResults.Ok(await query.ReadAsync(actions.OrderBy(a => a.DueOn).ThenBy(a => a.Id), a => ActionSummary.From(a, today), ct));
    }

    /// <summary>Notes and evidence may speak of the case: reading them is on the record.</summary>
    public static async Task<Ok<ActionResponse>> GetAsync(Guid id, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct, tracking: false);
        await services.Audit.SaveReadAsync(LearningActionServices.AuditResource, action.Id.ToString(), ["notes", "evidence"], ct);
        return TypedResults.Ok(ActionResponse.From(action, services.Clock.Today()));
    }

    public static async Task<Ok<PageOf<AuditEntryResponse>>> AuditAsync(Guid id, [AsParameters] PageRequest page, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        // Operators look into any partnership's trail; they never see the action itself.
        var actions = services.Db.Actions.AsNoTracking();
        if (!(services.User.IsInRole(Roles.Operator) ? await actions.AnyAsync(a => a.Id == id, ct) : await actions.VisibleTo(services.User).AnyAsync(a => a.Id == id, ct)))
        {
            throw new NotFoundException("Action", id);
        }

        return TypedResults.Ok(await services.Db.AuditTrailAsync(LearningActionServices.AuditResource, id, page, ct));
    }
}
