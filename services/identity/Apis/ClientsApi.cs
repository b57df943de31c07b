using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Safeguarding.Identity.Api.Infrastructure;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Api.Apis;

/// <summary>Operators register agency systems: who they are, which partnership, which roles.</summary>
public static class ClientsApi
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clients").WithTags("Agency clients").RequireAuthorization(Policies.Operate);
        api.MapPost("", RegisterAsync).WithName("RegisterClient").WithSummary("Register an agency system (client credentials)")
            .Accepts<ClientRegistration>("application/json");
        api.MapGet("", ListAsync).WithName("ListClients").WithSummary("Registered agency systems (without secrets)");
        api.MapDelete("/{clientId}", DeleteAsync).WithName("DeleteClient")
            .WithSummary("Remove an agency system; tokens already issued to it stop working");
        return app;
    }

    public static async Task<Results<Created<ClientSummary>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        HttpRequest request, IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var registration = new ClientRegistration
        {
            ClientId = input.String("clientId", required: true, maxLength: 100) ?? "",
            ClientSecret = input.String("clientSecret", required: true, maxLength: 200) ?? "",
            DisplayName = input.String("displayName", required: true, maxLength: 200) ?? "",
            Partnership = input.String("partnership", required: false, maxLength: 100),
            Agency = input.String("agency", required: true, maxLength: 200) ?? "",
            Roles = input.StringArray("roles", required: true, allowed: Roles.All) ?? [],
        };
        if (registration.ClientSecret.Length is > 0 and < 24)
        {
            input.AddError("clientSecret", "clientSecret must be at least 24 characters.");
        }

        if (!input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

        if (await applications.FindByClientIdAsync(registration.ClientId, ct) is not null)
        {
            return TypedResults.Problem(title: "Client already registered", detail: $"A client with id {registration.ClientId} exists.",
                statusCode: StatusCodes.Status409Conflict);
        }

        await applications.CreateAsync(ClientDescriptors.ForAgencySystem(registration), ct);
        return TypedResults.Created($"/api/clients/{registration.ClientId}", ClientSummary.From(registration));
    }

    public static async Task<Ok<List<ClientSummary>>> ListAsync(IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        var clients = new List<ClientSummary>();
        await foreach (var application in applications.ListAsync(count: 1000, offset: 0, ct))
        {
            var properties = await applications.GetPropertiesAsync(application, ct);
            clients.Add(new ClientSummary(
                await applications.GetClientIdAsync(application, ct) ?? "",
                await applications.GetDisplayNameAsync(application, ct) ?? "",
                properties.TryGetValue(ClaimNames.Partnership, out var p) && p.GetString() is { Length: > 0 } partnership ? partnership : null,
                properties.TryGetValue(ClaimNames.Agency, out var a) ? a.GetString() ?? "" : "",
                properties.TryGetValue(ClaimNames.Role, out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToList() : []));
        }

        return TypedResults.Ok(clients);
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
