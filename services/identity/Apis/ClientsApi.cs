using Safeguarding.Identity.Api.Apis.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Safeguarding.Identity.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Api.Apis;

/// <summary>Operators register agency systems: who they are, which partnership, which roles.</summary>
public static class ClientsApi
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clients").WithTags("Agency clients").RequireAuthorization(Policies.Operate);
        api.MapPost("", RegisterAsync).WithName("RegisterClient").WithSummary("Register an agency system (client credentials)");
        api.MapGet("", ListAsync).WithName("ListClients").WithSummary("Registered clients, a page at a time (without secrets)");
        api.MapDelete("/{clientId}", DeleteAsync).WithName("DeleteClient")
            .WithSummary("Remove an agency system; tokens already issued to it stop working");
        return app;
    }

    public static async Task<Results<Created<ClientSummary>, ProblemHttpResult>> RegisterAsync(
        RegisterClientRequest request, IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        var registration = request.ToRegistration();
        if (await applications.FindByClientIdAsync(registration.ClientId, ct) is not null)
        {
            return TypedResults.Problem(title: "Client already registered", detail: $"A client with id {registration.ClientId} exists.",
                statusCode: StatusCodes.Status409Conflict);
        }

        await applications.CreateAsync(ClientDescriptors.ForAgencySystem(registration), ct);
        return TypedResults.Created($"/api/clients/{registration.ClientId}", ClientSummary.From(registration));
    }

    /// <summary>A page of registered clients, with the total.</summary>
    public static async Task<Ok<PageOf<ClientSummary>>> ListAsync([AsParameters] PageRequest page, IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        var (number, size) = (page.Page ?? 1, page.PageSize ?? 50);
        var clients = new List<ClientSummary>();
        await foreach (var application in applications.ListAsync(size, (number - 1) * size, ct))
        {
            var properties = await applications.GetPropertiesAsync(application, ct);
            clients.Add(new ClientSummary(
                await applications.GetClientIdAsync(application, ct) ?? "",
                await applications.GetDisplayNameAsync(application, ct) ?? "",
                properties.TryGetValue(ClaimNames.Partnership, out var p) && p.GetString() is { Length: > 0 } partnership ? partnership : null,
                properties.TryGetValue(ClaimNames.Agency, out var a) ? a.GetString() ?? "" : "",
                properties.TryGetValue(ClaimNames.Role, out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToList() : []));
        }

        return TypedResults.Ok(new PageOf<ClientSummary>(number, size, (int)await applications.CountAsync(ct), clients));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(string clientId,
        IOpenIddictApplicationManager applications, IOptions<IdentityOptions> options, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(clientId, ct) is not { } application)
        {
            return TypedResults.NotFound();
        }

        if (options.Value.ServiceClients.ContainsKey(clientId) || options.Value.OperationsClients.ContainsKey(clientId)
            || options.Value.SignInClients.Any(c => c.ClientId == clientId))
        {
            return TypedResults.Problem(title: "Client belongs to the platform",
                detail: "Platform services and front ends are registered by configuration, not through this API.",
                statusCode: StatusCodes.Status409Conflict);
        }

        // Removing the application removes its authorizations and tokens with it, so the gateway's
        // introspection no longer accepts anything it was issued.
        await applications.DeleteAsync(application, ct);
        return TypedResults.NoContent();
    }
}
