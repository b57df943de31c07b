using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Publication.Api.Apis.Requests;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>Publishing a scheduled report with its register entry, and the chair's delays and decisions not to publish.</summary>
public static class PublishingApi
{
    public static IEndpointRouteBuilder MapPublishingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/publications/{id:guid}").WithTags("Publication");
        api.MapPost("/publication", PublishAsync).WithName("PublishReview")
            .WithSummary("Publish the scheduled report, on its day or later, with its anonymous register entry (name, incident, ageBand, sex, incidentMonth)")
            .RequireAuthorization(Policies.RunPublication);
        api.MapPost("/delay", DelayAsync).WithName("DelayPublication")
            .WithSummary("Delay a scheduled publication for sensitivity (publishOn, reason): the chair's decision")
            .RequireAuthorization(Policies.DecideOnPublication);
        api.MapPost("/decision-not-to-publish", DecideNotToPublishAsync).WithName("DecideNotToPublish")
            .WithSummary("Decide not to publish (reasons, name, improvements): the register shows the improvements instead; the chair's decision")
            .RequireAuthorization(Policies.DecideOnPublication);
        return app;
    }

    public static async Task<Ok<PublicationResponse>> PublishAsync(Guid id, PublishRequest request, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        publication.Publish(request.ToEntry(), services.Caller, services.Clock);
        await services.SaveAsync(publication, "publish", "register", ct);
        return TypedResults.Ok(PublicationResponse.From(publication));
    }

    public static async Task<Ok<PublicationResponse>> DelayAsync(Guid id, DelayRequest request, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        publication.DelayForSensitivity(request.PublishOn!.Value, request.Reason.Trim(), services.Caller, services.Clock);
        await services.SaveAsync(publication, "delay", "publishOn", ct);
        return TypedResults.Ok(PublicationResponse.From(publication));
    }

    public static async Task<Ok<PublicationResponse>> DecideNotToPublishAsync(Guid id, NotToPublishRequest request, [FromServices] PublicationServices services,
        CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        publication.DecideNotToPublish(request.Reasons.Trim(), request.ToEntry(), services.Caller, services.Clock);
        await services.SaveAsync(publication, "not-to-publish", "notPublishing", ct);
        return TypedResults.Ok(PublicationResponse.From(publication));
    }
}
