using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Safeguarding.Messaging.DeadLetters;

public static class DeadLetterEndpoints
{
    /// <summary>Operator endpoints: list the service's dead letters and replay them onto its queue.</summary>
    public static RouteGroupBuilder MapDeadLetterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/admin/dead-letters").WithTags("Operations");
        group.MapGet("", ListAsync).WithName("ListDeadLetters").WithSummary("Lists dead-lettered events (identifiers only)");
        group.MapPost("/replay", ReplayAsync).WithName("ReplayDeadLetters").WithSummary("Moves dead-lettered events back onto the queue");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<DeadLetter>>, ValidationProblem>> ListAsync(IDeadLetters deadLetters, int? max, CancellationToken ct)
    {
        if (max is < 1 or > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["max"] = ["max must be between 1 and 1000."] });
        }

        return TypedResults.Ok(await deadLetters.ListAsync(max ?? 100, ct));
    }

    private static async Task<Results<Ok<ReplayResult>, ValidationProblem>> ReplayAsync(IDeadLetters deadLetters, int? max, CancellationToken ct)
    {
        if (max is < 1 or > 10000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["max"] = ["max must be between 1 and 10000."] });
        }

        return TypedResults.Ok(new ReplayResult(await deadLetters.ReplayAsync(max ?? 1000, ct)));
    }
}
