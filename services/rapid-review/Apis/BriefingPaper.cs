using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>
/// The paper the business manager takes to each sub-group meeting: every rapid review and review
/// still in progress, its stage, next milestone or expected completion and due dates, with a
/// red/amber/green timeliness rating;
/// and the timeliness figures scrutiny asks for. Nothing in either identifies a child.
/// </summary>
public static class BriefingPaper
{
    public static IEndpointRouteBuilder MapBriefingPaper(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rapid-reviews").WithTags("Rapid reviews");
        api.MapGet("/briefing-paper", GetAsync).WithName("RapidReviewBriefingPaper")
            .WithSummary("Every rapid review and review in progress with its stage, next milestone or expected completion, and a red/amber/green rating (JSON)")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/briefing-paper.html", GetHtmlAsync).WithName("RapidReviewBriefingPaperDocument")
            .WithSummary("The same briefing paper as a document to print for the sub-group meeting")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/timeliness", TimelinessAsync).WithName("RapidReviewTimeliness")
            .WithSummary("Rapid reviews completed within 15 working days, and the recorded reason for each delay")
            .RequireAuthorization(Policies.ReadRapidReviews);
        return app;
    }

    public static async Task<Ok<BriefingPaperResponse>> GetAsync(ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time,
        WorkingDayCalendar calendar, CancellationToken ct) =>
        TypedResults.Ok(await BuildAsync(user, db, time, calendar, ct));

    public static async Task<ContentHttpResult> GetHtmlAsync(ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time,
        WorkingDayCalendar calendar, CancellationToken ct) =>
        TypedResults.Content(BriefingPaperDocument.Render(await BuildAsync(user, db, time, calendar, ct)), "text/html; charset=utf-8");

    public static async Task<Ok<TimelinessResponse>> TimelinessAsync(
        DateOnly? submittedFrom, DateOnly? submittedTo, ClaimsPrincipal user, RapidReviewDbContext db, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var reviews = await db.RapidReviews.AsNoTracking().VisibleTo(user).Where(r => r.Submission != null).ToListAsync(ct);
        return TypedResults.Ok(Figures(reviews, submittedFrom, submittedTo, calendar));
    }

    public static TimelinessResponse Figures(IEnumerable<Model.RapidReview> reviews, DateOnly? from, DateOnly? to, WorkingDayCalendar calendar)
    {
        var submitted = reviews
            .Where(r => r.Submission is not null
                        && (from is null || r.Submission.SubmittedOn >= from) && (to is null || r.Submission.SubmittedOn <= to))
            .OrderBy(r => r.Submission!.SubmittedOn)
            .ToList();
        var delays = submitted.Where(r => !r.Submission!.OnTime)
            .Select(r => new Delay(r.Id, r.NotificationId, r.DueOn, r.Submission!.SubmittedOn,
                calendar.WorkingDaysBetween(r.DueOn, r.Submission.SubmittedOn), r.Submission.DelayReason))
            .ToList();
        return new TimelinessResponse(from, to, submitted.Count, submitted.Count - delays.Count,
            submitted.Count == 0 ? null : Math.Round(100.0 * (submitted.Count - delays.Count) / submitted.Count, 1), delays);
    }

    private static async Task<BriefingPaperResponse> BuildAsync(ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time,
        WorkingDayCalendar calendar, CancellationToken ct)
    {
        var today = time.Today();
        var inProgress = await db.RapidReviews.AsNoTracking().VisibleTo(user)
            .Where(r => r.Status == RapidReviewStatus.Open || r.Status == RapidReviewStatus.Decided || r.Status == RapidReviewStatus.SubmittedToPanel)
            .OrderBy(r => r.DueOn)
            .ToListAsync(ct);
        var items = inProgress.Select(r => Item(r, today, calendar)).ToList();
        var reviewsQuery = db.CaseReviews.AsNoTracking().VisibleTo(user).Where(r => r.Status == CaseReviewStatus.InProgress);
        var reviews = (await reviewsQuery.OrderBy(r => r.TargetCompletionOn).ToListAsync(ct)).Select(r => ReviewItem(r, today)).ToList();
        return new BriefingPaperResponse(user.Partnership(), today, items.Count,
            items.Count(i => i.Rating == "red"), items.Count(i => i.Rating == "amber"), items.Count(i => i.Rating == "green"), items,
            reviews.Count, reviews.Count(i => i.Rating == "red"), reviews.Count(i => i.Rating == "amber"), reviews.Count(i => i.Rating == "green"), reviews);
    }

    /// <summary>One rapid review's line on the paper, rated as of <paramref name="today"/>.</summary>
    public static BriefingItem Item(Model.RapidReview r, DateOnly today, WorkingDayCalendar calendar)
    {
        var next = r.Milestones.Where(m => m.CompletedAt is null).OrderBy(m => m.DueOn).FirstOrDefault();
        var overdue = r.Milestones.Where(m => m.CompletedAt is null && today > m.DueOn).Select(m => m.Code).ToList();
        var awaited = r.ContributionRequests.Where(c => c.ReceivedAt is null).OrderBy(c => c.DueOn).ToList();
        var overdueContributions = awaited.Where(c => c.IsOverdueOn(today)).Select(c => c.Agency).ToList();
        // Red: a milestone, a requested contribution or the review itself is overdue. Amber: the next
        // milestone falls due within two working days. Green: on track.
        var rating = overdue.Count > 0 || overdueContributions.Count > 0 || (r.Submission is null && today > r.DueOn) ? "red"
            : next is not null && next.DueOn <= calendar.AddWorkingDays(today, 2) ? "amber"
            : "green";
        return new BriefingItem(r.Id, r.NotificationId, r.LocalAuthority, r.Nature, r.NotifiedOn, r.DueOn, Stage(r),
            next is null ? null : new NextMilestone(next.Code, next.Description, next.DueOn), overdue, rating, r.Retrospective,
            [.. awaited.Select(c => c.Agency)], overdueContributions);
    }

    /// <summary>
    /// One review's line on the paper. Red: it is past its expected completion, or expected to finish
    /// after its six-month target. Amber: within a month of its expected completion without a draft
    /// report. Green: on track.
    /// </summary>
    public static ReviewBriefingItem ReviewItem(CaseReview r, DateOnly today)
    {
        var rating = today > r.ExpectedCompletionOn || r.ExpectedCompletionOn > r.TargetCompletionOn ? "red"
            : r.DraftReportReceivedOn is null && today.AddMonths(1) >= r.ExpectedCompletionOn ? "amber"
            : "green";
        var stage = r switch
        {
            { DraftReportReceivedOn: not null } => "draft report received; awaiting the partnership's acceptance",
            { PractitionerLearningEvent: not null } => "practitioner learning event held; awaiting the draft report",
            { TermsOfReferenceAgreedOn: not null } => "terms of reference agreed; review under way",
            { Reviewer: not null } => "reviewer appointed; terms of reference to agree",
            _ => "reviewer to be appointed",
        };
        var delays = r.ParallelProceedings.Select(p => $"{p.Kind}: {p.Reason}").Concat(r.Slippages.Select(x => x.Reason)).ToList();
        return new ReviewBriefingItem(r.Id, r.RapidReviewId, r.LocalAuthority, r.Type, r.DecidedOn, stage, r.TargetCompletionOn,
            r.ExpectedCompletionOn, delays, rating);
    }

    /// <summary>Where the rapid review stands, in the words of the process.</summary>
    private static string Stage(Model.RapidReview r) => r switch
    {
        { Submission: not null } => "awaiting the national panel's response",
        { Decision: not null } => "decided; to be sent to the national panel",
        { Recommendation: not null } => "awaiting the chair's decision",
        { Meeting: not null } => "awaiting the business manager's recommendation",
        _ => r.Contributions.Count > 0 ? $"gathering agency contributions ({r.Contributions.Count} received)" : "gathering agency contributions",
    };

}
