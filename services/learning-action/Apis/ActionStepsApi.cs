using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.LearningAction.Api.Apis.Requests;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Documents;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>
/// An action's steps: the lead agency records progress and evidence and completes it; the business
/// manager signs it off, sends it back or closes it. The action decides whether a step is allowed now.
/// </summary>
public static class ActionStepsApi
{
    public static IEndpointRouteBuilder MapActionStepsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning-actions/{id:guid}").WithTags("Action plan");
        api.MapPost("/progress", ProgressAsync).WithName("RecordActionProgress")
            .WithSummary("A progress note from the lead agency or the business unit; the first starts the action")
            .RequireAuthorization(Policies.WorkOnActions);
        api.MapPost("/evidence", EvidenceAsync).WithName("AddActionEvidence")
            .WithSummary("Evidence that the action was done: a statement (kind text) or a link (kind link)")
            .RequireAuthorization(Policies.WorkOnActions);
        api.MapPost("/evidence/documents", UploadAsync).WithName("UploadActionEvidence")
            .WithSummary("A document as evidence (multipart/form-data: file, title): PDF, DOCX, XLSX, ODT or plain text, at most 10 MB")
            .AcceptsDocumentUpload()
            .RequireAuthorization(Policies.WorkOnActions);
        api.MapGet("/evidence/{evidenceId:guid}/document", DownloadAsync).WithName("DownloadActionEvidence")
            .WithSummary("Download a document given as evidence (the download is audited)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapPost("/completion", CompleteAsync).WithName("CompleteAction")
            .WithSummary("The lead agency marks the action done, with its evidence; it awaits the business manager's sign-off")
            .RequireAuthorization(Policies.WorkOnActions);
        api.MapPost("/sign-off", SignOffAsync).WithName("SignOffAction")
            .WithSummary("The business manager signs off a completed action (with subGroupMeetingOn, the sub-group meeting that agreed it, where the partnership signs off there)")
            .RequireAuthorization(Policies.ManageActionPlan);
        api.MapPost("/send-back", SendBackAsync).WithName("SendBackAction")
            .WithSummary("The business manager sends a completed action back to its lead agency, with the reason")
            .RequireAuthorization(Policies.ManageActionPlan);
        api.MapPost("/closure", CloseAsync).WithName("CloseAction")
            .WithSummary("The business manager closes an action that will not be completed, with the reason")
            .RequireAuthorization(Policies.ManageActionPlan);
        return app;
    }

    public static async Task<Ok<ProgressNote>> ProgressAsync(Guid id, ProgressRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct);
        var note = action.RecordProgress(request.Text.Trim(), services.Caller, services.CallerAgency, services.Clock);
        await services.SaveAsync(action, "record-progress", "notes", ct);
        return TypedResults.Ok(note);
    }

    public static async Task<Ok<Evidence>> EvidenceAsync(Guid id, EvidenceRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct);
        var evidence = action.AddEvidence(new Evidence
        {
            Id = Guid.CreateVersion7(), Kind = request.Kind, Title = request.Title.Trim(), Statement = request.Kind == Evidence.Text ? request.Statement!.Trim() : null,
            Url = request.Kind == Evidence.Link ? request.Url : null, AddedAt = services.Clock.GetUtcNow(), AddedBy = services.Caller, Agency = services.CallerAgency,
        });
        await services.SaveAsync(action, "add-evidence", "evidence", ct);
        return TypedResults.Ok(evidence);
    }

    /// <summary>The document's bytes go to a table of their own, in the same transaction as its details on the action.</summary>
    public static async Task<Ok<Evidence>> UploadAsync(Guid id, IFormFile? file, [FromForm] string? title, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct);
        var upload = await DocumentUpload.ReadAsync(file, title, ct);
        var evidence = action.AddEvidence(new Evidence
        {
            Id = Guid.CreateVersion7(), Kind = Evidence.Document, Title = upload.Title, FileName = upload.FileName, ContentType = upload.ContentType,
            Size = upload.Content.Length, Sha256 = upload.Sha256, AddedAt = services.Clock.GetUtcNow(), AddedBy = services.Caller, Agency = services.CallerAgency,
        });
        services.Db.EvidenceDocuments.Add(new EvidenceDocument { EvidenceId = evidence.Id, ActionId = action.Id, Content = upload.Content });
        await services.SaveAsync(action, "add-evidence", "evidence", ct);
        return TypedResults.Ok(evidence);
    }

    public static async Task<FileContentHttpResult> DownloadAsync(Guid id, Guid evidenceId, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct, tracking: false);
        var evidence = action.Evidence.FirstOrDefault(e => e.Id == evidenceId && e.Kind == Evidence.Document) ?? throw new NotFoundException("Evidence document", evidenceId);
        var content = await services.Db.EvidenceDocuments.AsNoTracking()
            .Where(d => d.EvidenceId == evidenceId && d.ActionId == id).Select(d => d.Content).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Evidence document", evidenceId);
        await services.Audit.SaveReadAsync(LearningActionServices.AuditResource, id.ToString(), [$"evidence[{evidenceId}]"], ct);
        return TypedResults.File(content, evidence.ContentType, evidence.FileName);
    }

    public static async Task<Ok<ActionResponse>> CompleteAsync(Guid id, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct);
        action.Complete(services.Caller, services.Clock);
        return await SavedAsync(action, "complete", "status", services, ct);
    }

    public static async Task<Ok<ActionResponse>> SignOffAsync(Guid id, SignOffRequest? request, [FromServices] LearningActionServices services,
        [FromServices] IOptions<LearningActionOptions> options, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct);
        action.SignOff(services.Caller, services.Clock, options.Value.SignOffAtSubGroup.Contains(action.Partnership), request?.SubGroupMeetingOn);
        return await SavedAsync(action, "sign-off", "status", services, ct);
    }

    public static async Task<Ok<ActionResponse>> SendBackAsync(Guid id, ReasonRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct);
        action.SendBack(request.Reason.Trim(), services.Caller, services.Clock);
        return await SavedAsync(action, "send-back", "status", services, ct);
    }

    public static async Task<Ok<ActionResponse>> CloseAsync(Guid id, ReasonRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var action = await services.LoadAsync(id, ct);
        action.Close(request.Reason.Trim(), services.Clock);
        return await SavedAsync(action, "close", "status", services, ct);
    }

    private static async Task<Ok<ActionResponse>> SavedAsync(PlanAction action, string step, string field, LearningActionServices services, CancellationToken ct)
    {
        await services.SaveAsync(action, step, field, ct);
        return TypedResults.Ok(ActionResponse.From(action, services.Clock.Today()));
    }
}
