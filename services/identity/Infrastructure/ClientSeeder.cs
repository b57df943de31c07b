using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Api.Infrastructure;

/// <summary>
/// Registers the configured clients (<c>Identity:Clients</c>) that do not exist yet. Development
/// configuration lists one client per role for two partnerships; a real deployment lists its own.
/// </summary>
internal sealed class ClientSeeder(IServiceProvider services, IOptions<IdentityOptions> options, ILogger<ClientSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in options.Value.Clients)
        {
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is not null)
            {
                continue;
            }

            await applications.CreateAsync(Describe(client), cancellationToken);
            logger.LogInformation("Registered client {ClientId} with roles {Roles}", client.ClientId, string.Join(",", client.Roles));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static OpenIddictApplicationDescriptor Describe(ClientRegistration client)
    {
        var unknown = client.Roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0 || client.Roles.Count == 0)
        {
            throw new InvalidOperationException($"Client {client.ClientId} needs roles from: {string.Join(", ", Roles.All)}.");
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + IdentityOptions.ApiScope,
            },
        };
        descriptor.Properties[ClaimNames.Partnership] = JsonSerializer.SerializeToElement(client.Partnership ?? "");
        descriptor.Properties[ClaimNames.Agency] = JsonSerializer.SerializeToElement(client.Agency);
        descriptor.Properties[Claims.Role] = JsonSerializer.SerializeToElement(client.Roles);
        return descriptor;
    }
}
