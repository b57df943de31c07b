using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis.Requests;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>Publications, one per accepted review report: listed, read, their trail, and scheduled once the check is done.</summary>
public static class PublicationsApi
{
    public static IEndpointRouteBuilder MapPublicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/publications").WithTags("Publication");
        api.MapGet("", ListAsync).WithName("ListPublications")
            .WithSummary("The partnership's publications, newest first (filter by reviewId or status)")
            .RequireAuthorization(Policies.ReadPublications);
        api.MapGet("/timeliness", TimelinessAsync).WithName("PublicationTimeliness")
            .WithSummary("Publications within 6 months of the decision on the review, and every delay with its reasons")
            .RequireAuthorization(Policies.ReadPublications);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetPublication")
            .WithSummary("A publication with its report versions and how many identifier hits are unresolved")
            .RequireAuthorization(Policies.ReadPublications);
        api.MapGet("/{id:guid}/audit", AuditAsync).WithName("GetPublicationAuditTrail")
            .WithSummary("Who read or changed a publication, when, from where")
            .RequireAuthorization(Policies.ReadAuditTrail);
        api.MapPost("/{id:guid}/schedule", ScheduleAsync).WithName("SchedulePublication")
            .WithSummary("Schedule publication (publishOn): refused until the national bodies all have the checked report, and before 7 working days' notice")
            .RequireAuthorization(Policies.RunPublication);
        return app;
    }

    public static async Task<Ok<PageOf<PublicationSummary>>> ListAsync([AsParameters] PublicationQuery query, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publications = services.Db.Publications.AsNoTracking().VisibleTo(services.User)
            .Where(p => (query.ReviewId == null || p.ReviewId == query.ReviewId) && (query.Status == null || p.Status == query.Status));
        return TypedResults.Ok(await query.ReadAsync(publications.OrderByDescending(p => p.OpenedAt).ThenBy(p => p.Id), PublicationSummary.From, ct));
    }

    public static async Task<Ok<PublicationTimeliness>> TimelinessAsync([FromServices] PublicationServices services, CancellationToken ct) =>
        TypedResults.Ok(PublicationTimeliness.Of(await services.Db.Publications.AsNoTracking().VisibleTo(services.User).ToListAsync(ct)));

    /// <summary>The report versions' titles and file names may name the child: reading them is on the record.</summary>
    public static async Task<Ok<PublicationResponse>> GetAsync(Guid id, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct, tracking: false);
        if (publication.Reports.Count > 0)
        {
            await services.Audit.SaveReadAsync(PublicationServices.AuditResource, id.ToString(), ["reports"], ct);
        }

        return TypedResults.Ok(PublicationResponse.From(publication));
    }

    public static async Task<Ok<PageOf<AuditEntryResponse>>> AuditAsync(Guid id, [AsParameters] PageRequest page, [FromServices] PublicationServices services, CancellationToken ct)
    {
        // Operators look into any partnership's trail; they never see the publication itself.
        var publications = services.Db.Publications.AsNoTracking();
        if (!await (services.User.IsInRole(Roles.Operator) ? publications : publications.VisibleTo(services.User)).AnyAsync(p => p.Id == id, ct))
        {
            throw new NotFoundException("Publication", id);
        }

        return TypedResults.Ok(await services.Db.AuditTrailAsync(PublicationServices.AuditResource, id, page, ct));
    }

    public static async Task<Ok<PublicationResponse>> ScheduleAsync(Guid id, ScheduleRequest request, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        publication.Schedule(request.PublishOn!.Value, services.Caller, services.Calendar, services.Clock);
        await services.SaveAsync(publication, "schedule", "publishOn", ct);
        return TypedResults.Ok(PublicationResponse.From(publication));
    }
}
