using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>How far review learning reached: counts for a period, for the sub-group and the yearly report.</summary>
public static class ReachApi
{
    public static IEndpointRouteBuilder MapReachApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/learning-actions/reach", ReachAsync).WithTags("Learning events and reach").WithName("GetLearningReach")
            .WithSummary("Training courses, sessions and events held from one date to another, and the practitioners reached, by agency, role and learning theme")
            .RequireAuthorization(Policies.ReadActionPlan);
        return app;
    }

    /// <summary>Counts of the whole partnership's occasions, for everyone who reads the plan: no case detail.</summary>
    public static async Task<Ok<ReachFigures>> ReachAsync([AsParameters] ReachQuery query, [FromServices] LearningActionServices services,
        [FromServices] IOptions<LearningActionOptions> options, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        return TypedResults.Ok(await services.Db.ReachAsync(partnership, query.From, query.To, options.Value.ThemesFor(partnership), ct));
    }
}
