using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Safeguarding.AppHost;

/// <summary>
/// The dashboard's "Replay dead letters" command on each service that consumes events: it moves the
/// service's dead-lettered events back onto its queue, as <c>POST /admin/dead-letters/replay</c>
/// does for an operator. The app host acts through an operations client of its own, registered with
/// the identity service for this run with the operator role.
/// </summary>
public sealed class DeadLetterReplay
{
    public const string CommandName = "replay-dead-letters";
    private const string ClientId = "app-host-operations";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly IResourceBuilder<ProjectResource> _identity;
    private readonly string _secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public DeadLetterReplay(IResourceBuilder<ProjectResource> identity)
    {
        _identity = identity;
        identity.WithEnvironment($"Identity__OperationsClients__{ClientId}", _secret);
    }

    public IResourceBuilder<ProjectResource> AddTo(IResourceBuilder<ProjectResource> service) =>
        service.WithCommand(CommandName, "Replay dead letters", context => ReplayAsync(service.Resource, context), new CommandOptions
        {
            Description = "Moves every dead-lettered event of this service back onto its queue to be handled again.",
            ConfirmationMessage = "Move every dead-lettered event back onto the queue?",
            IconName = "ArrowRepeatAll",
            UpdateState = state => state.ResourceSnapshot.HealthStatus == HealthStatus.Healthy
                ? ResourceCommandState.Enabled
                : ResourceCommandState.Disabled,
        });

    private async Task<ExecuteCommandResult> ReplayAsync(ProjectResource service, ExecuteCommandContext context)
    {
        var logger = context.Services.GetRequiredService<ResourceLoggerService>().GetLogger(service);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(service.GetEndpoint("http").Url), "/admin/dead-letters/replay"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(context.CancellationToken));
            using var response = await Http.SendAsync(request, context.CancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return CommandResults.Failure($"The service answered {(int)response.StatusCode}.");
            }

            var replayed = (await response.Content.ReadFromJsonAsync<ReplayOutcome>(context.CancellationToken))?.Replayed ?? 0;
            logger.LogInformation("Replay dead letters: {Count} event(s) moved back onto the queue", replayed);
            return CommandResults.Success($"{replayed} dead-lettered event(s) moved back onto the queue.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return CommandResults.Failure(ex.Message);
        }
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsync(new Uri(new Uri(_identity.Resource.GetEndpoint("http").Url), "/connect/token"),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = ClientId,
                ["client_secret"] = _secret,
                ["scope"] = "safeguarding",
            }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The identity service refused the app host a token ({(int)response.StatusCode}).");
        }

        return (await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken))?.access_token
               ?? throw new InvalidOperationException("The identity service gave no token.");
    }

    private sealed record ReplayOutcome(int Replayed);

#pragma warning disable IDE1006 // The token endpoint's own field name.
    private sealed record TokenResponse(string access_token);
#pragma warning restore IDE1006
}
