using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Safeguarding.Identity.Api.Model;

namespace Safeguarding.Identity.Api.Infrastructure;

/// <summary>
/// Brings the identity store in line with configuration on start. Agency clients and people
/// (<c>Identity:Clients</c>, <c>Identity:Users</c>) are created when missing and otherwise left as
/// operators changed them; front ends (<c>Identity:SignInClients</c>) and the platform's own services
/// (<c>Identity:ServiceClients</c>) and operations tooling (<c>Identity:OperationsClients</c>), both set by
/// the app host, are kept exactly as configured.
/// </summary>
internal sealed class IdentitySeeder(IServiceProvider services, IOptions<IdentityOptions> options, TimeProvider clock,
    ILogger<IdentitySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in options.Value.Clients)
        {
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is null)
            {
                await applications.CreateAsync(ClientDescriptors.ForAgencySystem(client), cancellationToken);
                logger.LogInformation("Registered client {ClientId} with roles {Roles}", client.ClientId, string.Join(",", client.Roles));
            }
        }

        foreach (var client in options.Value.SignInClients)
        {
            await KeepAsConfiguredAsync(applications, ClientDescriptors.ForSignIn(client), cancellationToken);
        }

        foreach (var (name, secret) in options.Value.ServiceClients)
        {
            await KeepAsConfiguredAsync(applications, ClientDescriptors.ForService(name, secret), cancellationToken);
        }

        foreach (var (name, secret) in options.Value.OperationsClients)
        {
            await KeepAsConfiguredAsync(applications, ClientDescriptors.ForOperations(name, secret), cancellationToken);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<SafeguardingUser>>();
        foreach (var person in options.Value.Users)
        {
            if (await users.FindByNameAsync(person.UserName) is not null)
            {
                continue;
            }

            var result = await users.CreateAsync(UserSeeding.NewUser(person, clock), person.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Configured user {person.UserName} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            logger.LogInformation("Created account {UserName} with roles {Roles}", person.UserName, string.Join(",", person.Roles));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task KeepAsConfiguredAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor,
        CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }
}
