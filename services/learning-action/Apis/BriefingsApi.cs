using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.LearningAction.Api.Apis.Requests;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>
/// Learning briefings (7-minute and 6-step): drafted by the business manager, approved by another
/// (the business manager or the independent chair), published to the partnership; the member agencies
/// record their dissemination, and the gaps show who has shown none.
/// </summary>
public static class BriefingsApi
{
    public static IEndpointRouteBuilder MapBriefingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning-actions/briefings").WithTags("Learning briefings");
        api.MapPost("", DraftAsync).WithName("DraftBriefing")
            .WithSummary("Draft a 7-minute or 6-step briefing of a review's or a theme's learning, with the agencies expected to disseminate it")
            .RequireAuthorization(Policies.ManageActionPlan);
        api.MapGet("", ListAsync).WithName("ListBriefings")
            .WithSummary("Briefings, newest first: the business manager and chair see every one of the partnership's, agencies the published ones")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetBriefing")
            .WithSummary("A briefing with its sections")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapPut("/{id:guid}/sections", EditAsync).WithName("EditBriefing")
            .WithSummary("Rewrite a draft briefing's title, sections and agencies")
            .RequireAuthorization(Policies.ManageActionPlan);
        api.MapPost("/{id:guid}/approval", ApproveAsync).WithName("ApproveBriefing")
            .WithSummary("Approve a draft briefing: the business manager or the independent chair, not the person who drafted it")
            .RequireAuthorization(Policies.ApproveBriefing);
        api.MapPost("/{id:guid}/publication", PublishAsync).WithName("PublishBriefing")
            .WithSummary("Publish an approved briefing to the partnership, for its agencies to disseminate")
            .RequireAuthorization(Policies.ManageActionPlan);
        api.MapPost("/{id:guid}/dissemination", DisseminateAsync).WithName("RecordBriefingDissemination")
            .WithSummary("An agency records its dissemination of a published briefing (the business manager may record for an agency it names)")
            .RequireAuthorization(Policies.WorkOnActions);
        api.MapGet("/{id:guid}/dissemination", DisseminationAsync).WithName("GetBriefingDissemination")
            .WithSummary("Each expected agency's dissemination, the practitioners reached, and the agencies that have shown none")
            .RequireAuthorization(Policies.ReadActionPlan);
        return app;
    }

    public static async Task<Created<BriefingResponse>> DraftAsync(DraftBriefingRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? throw new StepNotAllowedException("Briefings belong to a partnership: the caller's token names none.");
        var briefing = Briefing.Draft(partnership, request.Title, request.Format, request.ReviewId, request.Theme?.Trim(), Sections(request.Sections),
            request.Agencies, services.Caller, services.Clock);
        services.Db.Briefings.Add(briefing);
        await services.SaveAsync(briefing, "draft", "briefing", ct);
        return TypedResults.Created($"/api/learning-actions/briefings/{briefing.Id}", BriefingResponse.From(briefing));
    }

    public static async Task<Ok<PageOf<BriefingSummary>>> ListAsync([AsParameters] BriefingQuery query, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var briefings = services.Db.Briefings.AsNoTracking().VisibleTo(services.User).Where(b => query.Status == null || b.Status == query.Status);
        return TypedResults.Ok(await query.ReadAsync(briefings.OrderByDescending(b => b.DraftedAt).ThenBy(b => b.Id), BriefingSummary.From, ct));
    }

    public static async Task<Ok<BriefingResponse>> GetAsync(Guid id, [FromServices] LearningActionServices services, CancellationToken ct) =>
        TypedResults.Ok(BriefingResponse.From(await services.LoadBriefingAsync(id, ct, tracking: false)));

    public static async Task<Ok<BriefingResponse>> EditAsync(Guid id, EditBriefingRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var briefing = await services.LoadBriefingAsync(id, ct);
        briefing.Edit(request.Title, Sections(request.Sections), request.Agencies, services.Clock);
        await services.SaveAsync(briefing, "edit", "sections", ct);
        return TypedResults.Ok(BriefingResponse.From(briefing));
    }

    public static async Task<Ok<BriefingResponse>> ApproveAsync(Guid id, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var briefing = await services.LoadBriefingAsync(id, ct);
        briefing.Approve(services.Caller, services.Clock);
        await services.SaveAsync(briefing, "approve", "status", ct);
        return TypedResults.Ok(BriefingResponse.From(briefing));
    }

    public static async Task<Ok<BriefingResponse>> PublishAsync(Guid id, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var briefing = await services.LoadBriefingAsync(id, ct);
        briefing.Publish(services.Clock);
        await services.SaveAsync(briefing, "publish", "status", ct);
        return TypedResults.Ok(BriefingResponse.From(briefing));
    }

    /// <summary>An agency's people record for their own agency; only the business manager records for an agency it names.</summary>
    public static async Task<Ok<Dissemination>> DisseminateAsync(Guid id, DisseminationRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var briefing = await services.LoadBriefingAsync(id, ct);
        var onBehalf = services.User.IsInRole(Roles.BusinessManager);
        var agency = onBehalf ? request.Agency?.Trim() : services.CallerAgency;
        Rules.Valid(!string.IsNullOrWhiteSpace(agency), "agency", onBehalf ? "Name the agency whose dissemination this is (agency)." : "The caller's token names no agency.");
        Rules.Allowed(onBehalf || request.Agency is null || string.Equals(request.Agency.Trim(), agency, StringComparison.OrdinalIgnoreCase),
            "An agency records its own dissemination only.");
        var record = briefing.RecordDissemination(agency!, request.Teams, request.Practitioners!.Value, request.On!.Value, request.Method, request.Feedback,
            services.Caller, services.Clock);
        await services.SaveAsync(briefing, "record-dissemination", "disseminations", ct);
        return TypedResults.Ok(record);
    }

    public static async Task<Ok<DisseminationResponse>> DisseminationAsync(Guid id, [FromServices] LearningActionServices services,
        [FromServices] IOptions<LearningActionOptions> options, CancellationToken ct)
    {
        var briefing = await services.LoadBriefingAsync(id, ct, tracking: false);
        return TypedResults.Ok(DisseminationResponse.From(briefing, briefing.DisseminationDueOn(options.Value.DisseminationDueWorkingDays, services.Calendar)));
    }

    private static List<BriefingSection> Sections(IReadOnlyList<SectionRequest> sections) =>
        [.. sections.Select(s => new BriefingSection { Heading = s.Heading ?? "", Text = s.Text ?? "" })];
}
