using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Apis.Requests;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Documents;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>
/// The rapid review meeting before it is held: the business manager invites the partners and
/// shares the papers; the business manager, the independent chair and the invited agencies read
/// them (anyone else of the partnership is refused, another partnership finds nothing). Every
/// read of a planned meeting and every download of a paper is on the audit trail. The meeting as held is recorded with the steps.
/// </summary>
public static class RapidReviewMeetingApi
{
    public static IEndpointRouteBuilder MapRapidReviewMeetingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rapid-reviews/{id:guid}/meeting").WithTags("Rapid reviews");
        api.MapGet("", GetAsync).WithName("GetRapidReviewMeeting")
            .WithSummary("The planned meeting, its invitations with attendance, and its papers (the business manager, the chair and invited agencies)")
            .RequireAuthorization(Policies.AttendRapidReviewMeeting);
        api.MapPost("/invitations", InviteAsync).WithName("InviteToRapidReviewMeeting")
            .WithSummary("Plan the meeting (the latest date and venue win) and invite the partners; an email already invited is left as it was")
            .RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/papers", ShareAsync).WithName("ShareRapidReviewMeetingPaper")
            .WithSummary("A paper for the invitees (multipart/form-data: file, title): PDF, DOCX, XLSX, ODT or plain text, at most 10 MB")
            .AcceptsDocumentUpload()
            .RequireAuthorization(Policies.RunRapidReview);
        api.MapGet("/papers/{paperId:guid}", DownloadAsync).WithName("DownloadRapidReviewMeetingPaper")
            .WithSummary("Download a meeting paper (the business manager, the chair and invited agencies; every download is audited)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .RequireAuthorization(Policies.AttendRapidReviewMeeting);
        return app;
    }

    public static async Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> GetAsync(Guid id, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await ReadAsync(id, services, ct);
        if (Refused(review, services.User) is { } refused)
        {
            return refused;
        }

        // Papers' titles may name the child: reading the meeting is on the record once there is one.
        if (review.MeetingPlan is not null)
        {
            await services.Audit.SaveReadAsync(RapidReviewServices.AuditResource, id.ToString(), ["meetingPlan"], ct);
        }

        return TypedResults.Ok(MeetingResponse.From(review));
    }

    public static async Task<Ok<MeetingResponse>> InviteAsync(Guid id, MeetingInvitationsRequest request, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        review.InviteToMeeting(request.MeetsOn!.Value, request.StartsAt, request.Venue, request.ToInvitees(), services.Caller, services.Clock);
        await services.SaveAsync(review, "invite-to-meeting", "meetingPlan", ct);
        return TypedResults.Ok(MeetingResponse.From(review));
    }

    /// <summary>The paper's bytes go to a table of their own, in the same transaction as its details on the review.</summary>
    public static async Task<Ok<MeetingPaper>> ShareAsync(Guid id, IFormFile? file, [FromForm] string? title, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        var upload = await DocumentUpload.ReadAsync(file, title, ct);
        var paper = review.ShareMeetingPaper(new MeetingPaper
        {
            Id = Guid.CreateVersion7(), Title = upload.Title, FileName = upload.FileName, ContentType = upload.ContentType, Size = upload.Content.Length,
            Sha256 = upload.Sha256, UploadedAt = services.Clock.GetUtcNow(), UploadedBy = services.Caller,
        });
        services.Db.MeetingPaperContents.Add(new MeetingPaperContent { PaperId = paper.Id, RapidReviewId = review.Id, Content = upload.Content });
        await services.SaveAsync(review, "share-meeting-paper", "meetingPlan.papers", ct);
        return TypedResults.Ok(paper);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(Guid id, Guid paperId, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await ReadAsync(id, services, ct);
        if (Refused(review, services.User) is { } refused)
        {
            return refused;
        }

        var paper = review.MeetingPlan?.Papers.FirstOrDefault(p => p.Id == paperId) ?? throw new NotFoundException("Meeting paper", paperId);
        var content = await services.Db.MeetingPaperContents.AsNoTracking()
            .Where(c => c.PaperId == paperId && c.RapidReviewId == id).Select(c => c.Content).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Meeting paper", paperId);
        await services.Audit.SaveReadAsync(RapidReviewServices.AuditResource, id.ToString(), [$"meetingPlan.papers[{paperId}]"], ct);
        return TypedResults.File(content, paper.ContentType, paper.FileName);
    }

    private static Task<Model.RapidReview> ReadAsync(Guid id, RapidReviewServices services, CancellationToken ct) =>
        services.LoadAsync(id, ct, tracking: false);

    /// <summary>The business manager and the chair see the meeting; anyone else only when their agency is invited.</summary>
    private static ProblemHttpResult? Refused(Model.RapidReview review, ClaimsPrincipal user) =>
        user.OrganisesMeetings() || review.MeetingPlan?.Invited(user.Agency()) == true ? null
            : TypedResults.Problem(title: "Not invited to the meeting", statusCode: StatusCodes.Status403Forbidden,
                detail: "Only the business manager, the independent chair and the agencies invited to the rapid review meeting see it and its papers.");
}
