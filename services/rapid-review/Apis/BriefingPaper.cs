using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
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
        TypedResults.Content(Render(await BuildAsync(user, db, time, calendar, ct)), "text/html; charset=utf-8");

    public static async Task<Results<Ok<TimelinessResponse>, ValidationProblem>> TimelinessAsync(
        HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var from = Date(request, "submittedFrom", errors);
        var to = Date(request, "submittedTo", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var reviews = await Visible(user, db).Where(r => r.Submission != null).ToListAsync(ct);
        return TypedResults.Ok(Figures(reviews, from, to, calendar));
    }

    /// <summary>How many submitted rapid reviews met the 15-working-day deadline, and why each late one was late.</summary>
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
        var inProgress = await Visible(user, db)
            .Where(r => r.Status == RapidReviewStatus.Open || r.Status == RapidReviewStatus.Decided || r.Status == RapidReviewStatus.SubmittedToPanel)
            .OrderBy(r => r.DueOn)
            .ToListAsync(ct);
        var items = inProgress.Select(r => Item(r, today, calendar)).ToList();
        var reviewsQuery = db.CaseReviews.AsNoTracking().Where(r => r.Status == CaseReviewStatus.InProgress);
        if (!user.CanSeeAllPartnerships())
        {
            var partnership = user.Partnership();
            reviewsQuery = reviewsQuery.Where(r => r.Partnership == partnership);
        }

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
        // Red: a milestone or the review itself is overdue. Amber: the next milestone falls due within
        // two working days. Green: on track.
        var rating = overdue.Count > 0 || (r.Submission is null && today > r.DueOn) ? "red"
            : next is not null && next.DueOn <= calendar.AddWorkingDays(today, 2) ? "amber"
            : "green";
        return new BriefingItem(r.Id, r.NotificationId, r.LocalAuthority, r.Nature, r.NotifiedOn, r.DueOn, Stage(r),
            next is null ? null : new NextMilestone(next.Code, next.Description, next.DueOn), overdue, rating, r.Retrospective);
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

    private static IQueryable<Model.RapidReview> Visible(ClaimsPrincipal user, RapidReviewDbContext db)
    {
        var reviews = db.RapidReviews.AsNoTracking();
        if (!user.CanSeeAllPartnerships())
        {
            var partnership = user.Partnership();
            reviews = reviews.Where(r => r.Partnership == partnership);
        }

        return reviews;
    }

    private static DateOnly? Date(HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        if (!request.Query.TryGetValue(name, out var raw))
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"{name} must be a date in the form yyyy-MM-dd."];
        return null;
    }

    private static string Render(BriefingPaperResponse paper)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        static string D(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";
        var rows = new StringBuilder();
        foreach (var item in paper.Items)
        {
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr class="{item.Rating}">
                  <td><strong>{E(item.Rating.ToUpperInvariant())}</strong></td>
                  <td>{E(item.LocalAuthority)}<br><small>{E(item.Nature)}{(item.Retrospective ? ", retrospective" : "")}</small></td>
                  <td>{D(item.NotifiedOn)}</td>
                  <td>{E(item.Stage)}</td>
                  <td>{(item.NextMilestone is null ? "" : $"{E(item.NextMilestone.Description)}<br><small>due {D(item.NextMilestone.DueOn)}</small>")}</td>
                  <td>{D(item.DueOn)}</td>
                  <td>{E(string.Join(", ", item.OverdueMilestones))}</td>
                </tr>
                """);
        }

        var reviewRows = new StringBuilder();
        foreach (var review in paper.Reviews)
        {
            reviewRows.Append(CultureInfo.InvariantCulture, $"""
                <tr class="{review.Rating}">
                  <td><strong>{E(review.Rating.ToUpperInvariant())}</strong></td>
                  <td>{E(review.LocalAuthority)}</td>
                  <td>{E(review.Type)}</td>
                  <td>{D(review.DecidedOn)}</td>
                  <td>{E(review.Stage)}</td>
                  <td>{D(review.TargetCompletionOn)}</td>
                  <td>{D(review.ExpectedCompletionOn)}</td>
                  <td>{E(string.Join("; ", review.Delays))}</td>
                </tr>
                """);
        }

        return $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Rapid reviews briefing paper, {D(paper.PreparedOn)}</title>
              <style>
                body {"{"} font-family: system-ui, sans-serif; margin: 2rem; color: #0b0c0c; {"}"}
                table {"{"} border-collapse: collapse; width: 100%; {"}"}
                th, td {"{"} border: 1px solid #b1b4b6; padding: .4rem .6rem; text-align: left; vertical-align: top; {"}"}
                tr.red td:first-child {"{"} background: #d4351c; color: #fff; {"}"}
                tr.amber td:first-child {"{"} background: #f47738; color: #0b0c0c; {"}"}
                tr.green td:first-child {"{"} background: #00703c; color: #fff; {"}"}
                @media print {"{"} body {"{"} margin: 0; {"}"} {"}"}
              </style>
            </head>
            <body>
              <h1>Rapid reviews and reviews: briefing paper</h1>
              <h2>Rapid reviews</h2>
              <p>{E(paper.Partnership ?? "All partnerships")} safeguarding partnership, prepared {D(paper.PreparedOn)}.
                 {paper.Total} in progress: {paper.Red} red, {paper.Amber} amber, {paper.Green} green.</p>
              <p><small>Red: a milestone or the rapid review is overdue. Amber: the next milestone falls due within two working days.
                 Green: on track. Rapid reviews are due 15 working days after the notification.</small></p>
              <table>
                <thead><tr><th>Rating</th><th>Local authority</th><th>Notified</th><th>Stage</th><th>Next milestone</th><th>Rapid review due</th><th>Overdue</th></tr></thead>
                <tbody>
            {rows}
                </tbody>
              </table>
              <h2>Reviews</h2>
              <p>{paper.ReviewsTotal} in progress: {paper.ReviewsRed} red, {paper.ReviewsAmber} amber, {paper.ReviewsGreen} green.
                 <small>Red: past, or expected after, the six-month target. Amber: within a month of completion without a draft report.</small></p>
              <table>
                <thead><tr><th>Rating</th><th>Local authority</th><th>Type</th><th>Decided</th><th>Stage</th><th>Target</th><th>Expected</th><th>Delays</th></tr></thead>
                <tbody>
            {reviewRows}
                </tbody>
              </table>
            </body>
            </html>
            """;
    }
}

public sealed record BriefingPaperResponse(string? Partnership, DateOnly PreparedOn, int Total, int Red, int Amber, int Green,
    IReadOnlyList<BriefingItem> Items, int ReviewsTotal, int ReviewsRed, int ReviewsAmber, int ReviewsGreen, IReadOnlyList<ReviewBriefingItem> Reviews);

public sealed record ReviewBriefingItem(Guid ReviewId, Guid RapidReviewId, string LocalAuthority, string Type, DateOnly DecidedOn, string Stage,
    DateOnly TargetCompletionOn, DateOnly ExpectedCompletionOn, IReadOnlyList<string> Delays, string Rating);

public sealed record BriefingItem(Guid RapidReviewId, Guid NotificationId, string LocalAuthority, string Nature, DateOnly NotifiedOn,
    DateOnly DueOn, string Stage, NextMilestone? NextMilestone, IReadOnlyList<string> OverdueMilestones, string Rating, bool Retrospective);

public sealed record NextMilestone(string Code, string Description, DateOnly DueOn);

public sealed record TimelinessResponse(DateOnly? SubmittedFrom, DateOnly? SubmittedTo, int Submitted, int WithinFifteenWorkingDays,
    double? PercentWithinFifteenWorkingDays, IReadOnlyList<Delay> Delays);

public sealed record Delay(Guid RapidReviewId, Guid NotificationId, DateOnly DueOn, DateOnly SubmittedOn, int WorkingDaysLate, string? Reason);
