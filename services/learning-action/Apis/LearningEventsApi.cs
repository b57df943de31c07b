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
/// Practitioner learning events, debriefs, wider events and training course sessions: recorded by the
/// business manager once held; each agency may record its own attendance; feedback scores follow.
/// </summary>
public static class LearningEventsApi
{
    public static IEndpointRouteBuilder MapLearningEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning-actions/learning-events").WithTags("Learning events and reach");
        api.MapPost("", RecordAsync).WithName("RecordLearningEvent")
            .WithSummary("Record a practitioner learning event, debrief, wider event or training course session once held: who delivered it, the reviews and themes it carried, attendance and feedback")
            .RequireAuthorization(Policies.ManageActionPlan);
        api.MapGet("", ListAsync).WithName("ListLearningEvents")
            .WithSummary("The partnership's learning events and course sessions, latest held first, by kind, period, review or theme")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetLearningEvent")
            .WithSummary("A learning event or course session with its attendance by agency and role and its feedback")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapPut("/{id:guid}/attendance", AttendanceAsync).WithName("RecordLearningEventAttendance")
            .WithSummary("An agency's attendance by role (replacing its earlier figures); an agency records its own, the business manager names the agency")
            .RequireAuthorization(Policies.WorkOnActions);
        api.MapPut("/{id:guid}/feedback", FeedbackAsync).WithName("RecordLearningEventFeedback")
            .WithSummary("The practitioners' feedback: the average score from 1 to 5 and the number of responses")
            .RequireAuthorization(Policies.ManageActionPlan);
        return app;
    }

    public static async Task<Created<LearningEventResponse>> RecordAsync(RecordLearningEventRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? throw new StepNotAllowedException("Learning events belong to a partnership: the caller's token names none.");
        var reviewIds = (request.ReviewIds ?? []).ToList();
        // An occasion carrying a review's learning carries the themes of its accepted report too.
        var reviewThemes = await services.Db.Recommendations.AsNoTracking().VisibleTo(services.User)
            .Where(r => reviewIds.Contains(r.ReviewId)).Select(r => r.Themes).ToListAsync(ct);
        var learningEvent = LearningEvent.Record(partnership, request.Kind, request.Title, request.HeldOn!.Value, request.DeliveredBy, reviewIds,
            [.. (request.Themes ?? []).Concat(reviewThemes.SelectMany(t => t))], services.Caller, services.Clock);
        foreach (var attendance in request.Attendance ?? [])
        {
            learningEvent.RecordAttendance(attendance.Agency!, ByRole(attendance), services.Caller, services.Clock);
        }

        if (request.Feedback is { } feedback)
        {
            learningEvent.RecordFeedback(feedback.Average!.Value, feedback.Responses!.Value, services.Clock);
        }

        services.Db.LearningEvents.Add(learningEvent);
        await services.SaveAsync(learningEvent, "record", "learningEvent", ct);
        return TypedResults.Created($"/api/learning-actions/learning-events/{learningEvent.Id}", LearningEventResponse.From(learningEvent));
    }

    public static async Task<Ok<PageOf<LearningEventResponse>>> ListAsync([AsParameters] LearningEventQuery query, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var events = query.Apply(services.Db.LearningEvents.AsNoTracking().VisibleTo(services.User));
        return TypedResults.Ok(await query.ReadAsync(events.OrderByDescending(e => e.HeldOn).ThenBy(e => e.Id), LearningEventResponse.From, ct));
    }

    public static async Task<Ok<LearningEventResponse>> GetAsync(Guid id, [FromServices] LearningActionServices services, CancellationToken ct) =>
        TypedResults.Ok(LearningEventResponse.From(await services.LoadLearningEventAsync(id, ct, tracking: false)));

    public static async Task<Ok<LearningEventResponse>> AttendanceAsync(Guid id, AttendanceRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var learningEvent = await services.LoadLearningEventAsync(id, ct);
        learningEvent.RecordAttendance(services.AgencyFor(request.Agency), ByRole(request), services.Caller, services.Clock);
        await services.SaveAsync(learningEvent, "record-attendance", "attendance", ct);
        return TypedResults.Ok(LearningEventResponse.From(learningEvent));
    }

    public static async Task<Ok<LearningEventResponse>> FeedbackAsync(Guid id, FeedbackRequest request, [FromServices] LearningActionServices services, CancellationToken ct)
    {
        var learningEvent = await services.LoadLearningEventAsync(id, ct);
        learningEvent.RecordFeedback(request.Average!.Value, request.Responses!.Value, services.Clock);
        await services.SaveAsync(learningEvent, "record-feedback", "feedback", ct);
        return TypedResults.Ok(LearningEventResponse.From(learningEvent));
    }

    private static List<(string Role, int Practitioners)> ByRole(AttendanceRequest attendance) =>
        [.. attendance.Roles.Select(r => (r.Role, r.Practitioners!.Value))];
}
