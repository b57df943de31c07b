using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Apis.Requests;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>
/// Evidence that learning changed practice, from the agencies and the quality-assurance sub-group:
/// an agency sees its own, the business manager and the chair the whole partnership's. Every answer
/// carrying a summary is on the audit trail.
/// </summary>
public static class ImpactEvidenceApi
{
    public static IEndpointRouteBuilder MapImpactEvidenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning-actions/impact-evidence").WithTags("Impact evidence");
        api.MapPost("", RecordAsync).WithName("RecordImpactEvidence")
            .WithSummary("Record evidence of impact (an audit, a practice change, feedback from children and families, other) against an action and/or learning themes")
            .RequireAuthorization(Policies.RecordImpactEvidence);
        api.MapGet("", ListAsync).WithName("ListImpactEvidence")
            .WithSummary("Evidence of impact, latest first, by kind, theme, action, agency or period: an agency sees its own (the read is audited)")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetImpactEvidence")
            .WithSummary("One piece of evidence of impact (the read is audited)")
            .RequireAuthorization(Policies.ReadActionPlan);
        return app;
    }

    public static async Task<Created<ImpactEvidenceResponse>> RecordAsync(RecordImpactEvidenceRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? throw new StepNotAllowedException("Evidence of impact belongs to a partnership: the caller's token names none.");
        var agency = services.AgencyFor(request.Agency);
        // An agency's evidence is against an action it leads; the sub-group's against any of the partnership's.
        var action = request.ActionId is { } actionId
            ? await services.Db.Actions.AsNoTracking().VisibleTo(services.User).FirstOrDefaultAsync(a => a.Id == actionId, ct) ?? throw new NotFoundException("Action", actionId)
            : null;
        var evidence = ImpactEvidence.Record(partnership, agency, request.Kind, request.Summary, request.On!.Value, action, request.Themes ?? [], services.Caller, services.Clock);
        services.Db.ImpactEvidence.Add(evidence);
        services.Audit.Record("record", LearningActionServices.ImpactEvidenceAuditResource, evidence.Id.ToString(), "summary");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/learning-actions/impact-evidence/{evidence.Id}", ImpactEvidenceResponse.From(evidence));
    }

    public static async Task<Ok<PageOf<ImpactEvidenceResponse>>> ListAsync([AsParameters] ImpactEvidenceQuery query, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var evidence = query.Apply(services.Db.ImpactEvidence.AsNoTracking().VisibleTo(services.User));
        var page = await query.ReadAsync(evidence.OrderByDescending(e => e.On).ThenByDescending(e => e.Id), ImpactEvidenceResponse.From, ct);
        foreach (var item in page.Items)
        {
            services.Audit.Record("read", LearningActionServices.ImpactEvidenceAuditResource, item.Id.ToString(), "summary");
        }

        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(page);
    }

    public static async Task<Ok<ImpactEvidenceResponse>> GetAsync(Guid id, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var evidence = await services.Db.ImpactEvidence.AsNoTracking().VisibleTo(services.User).FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException("Impact evidence", id);
        await services.Audit.SaveReadAsync(LearningActionServices.ImpactEvidenceAuditResource, id.ToString(), ["summary"], ct);
        return TypedResults.Ok(ImpactEvidenceResponse.From(evidence));
    }
}
