using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis.Requests;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>
/// The anonymisation check: the business manager adds the names and details to look for, reads each
/// hit in the current report with its context (the read is audited), and resolves it.
/// </summary>
public static class AnonymisationApi
{
    public static IEndpointRouteBuilder MapAnonymisationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/publications/{id:guid}").WithTags("Publication");
        api.MapPost("/identifiers", AddIdentifierAsync).WithName("AddPublicationIdentifier")
            .WithSummary("A name or detail that must not be published (value): the current report is searched for it at once")
            .RequireAuthorization(Policies.RunPublication);
        api.MapGet("/check", CheckAsync).WithName("GetAnonymisationCheck")
            .WithSummary("The identifiers and every hit in the current report, with its context and resolution (the read is audited)")
            .RequireAuthorization(Policies.ReadPublications);
        api.MapPost("/hits/{hitId:guid}/resolution", ResolveAsync).WithName("ResolveIdentifierHit")
            .WithSummary("Resolve a hit: replaced by a pseudonym (resolution pseudonym, pseudonym) or accepted as it stands (resolution accepted, reason)")
            .RequireAuthorization(Policies.RunPublication);
        return app;
    }

    public static async Task<Ok<CheckResponse>> AddIdentifierAsync(Guid id, AddIdentifierRequest request, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        var version = publication.CurrentReport?.Version;
        var text = version is null ? null : await services.Db.ReportDocuments.AsNoTracking()
            .Where(d => d.PublicationId == id && d.Version == version).Select(d => d.Text).FirstAsync(ct);
        publication.AddIdentifier(request.Value, text, services.Caller, services.Clock);
        await services.SaveAsync(publication, "add-identifier", "identifiers", ct);
        return TypedResults.Ok(CheckResponse.From(publication));
    }

    /// <summary>Hits quote the report where it names the child: reading them is on the record.</summary>
    public static async Task<Ok<CheckResponse>> CheckAsync(Guid id, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct, tracking: false);
        await services.Audit.SaveReadAsync(PublicationServices.AuditResource, id.ToString(), ["identifiers", "hits"], ct);
        return TypedResults.Ok(CheckResponse.From(publication));
    }

    public static async Task<Ok<CheckResponse>> ResolveAsync(Guid id, Guid hitId, ResolveHitRequest request, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        publication.ResolveHit(hitId, request.Resolution, request.Pseudonym, request.Reason, services.Caller, services.Clock);
        await services.SaveAsync(publication, "resolve-hit", $"hits[{hitId}]", ct);
        return TypedResults.Ok(CheckResponse.From(publication));
    }
}
