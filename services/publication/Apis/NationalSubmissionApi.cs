using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Publication.Api.Apis.Requests;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>Sending the checked final report to the national panel, DfE and Ofsted, and their acknowledgements.</summary>
public static class NationalSubmissionApi
{
    public static IEndpointRouteBuilder MapNationalSubmissionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/publications/{id:guid}/national-submission").WithTags("Publication");
        api.MapPost("", SendAsync).WithName("SendToNationalBodies")
            .WithSummary("Send the current, checked version of the final report to the national panel, DfE and Ofsted through their feeds (or, with sentOn, record one sent outside the platform)")
            .RequireAuthorization(Policies.RunPublication);
        api.MapPost("/acknowledgements", AcknowledgeAsync).WithName("RecordAcknowledgement")
            .WithSummary("Record that a national body had the report another way (recipient, receivedOn); receipts through the feeds are recorded by themselves")
            .RequireAuthorization(Policies.RunPublication);
        return app;
    }

    public static async Task<Ok<PublicationResponse>> SendAsync(Guid id, NationalSubmissionRequest? request, [FromServices] PublicationServices services,
        CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        publication.SendToNationalBodies(services.Caller, services.Clock, request?.SentOn);
        await services.SaveAsync(publication, "send-national", "submissions", ct);
        return TypedResults.Ok(PublicationResponse.From(publication));
    }

    public static async Task<Ok<PublicationResponse>> AcknowledgeAsync(Guid id, AcknowledgementRequest request, [FromServices] PublicationServices services,
        CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        publication.RecordAcknowledgement(request.Recipient, request.ReceivedOn!.Value, services.Clock);
        await services.SaveAsync(publication, "acknowledge", "submissions", ct);
        return TypedResults.Ok(PublicationResponse.From(publication));
    }
}
