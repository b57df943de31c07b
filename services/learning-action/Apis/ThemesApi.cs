using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>The partnership's coded learning themes, and the heat map of themes by year and by type of review.</summary>
public static class ThemesApi
{
    public static IEndpointRouteBuilder MapThemesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning-actions/themes").WithTags("Learning themes");
        api.MapGet("", ThemesAsync).WithName("GetLearningThemes")
            .WithSummary("The partnership's coded learning themes: the common set and those it added")
            .RequireAuthorization(Policies.ReadActionPlan);
        api.MapGet("/heat-map", HeatMapAsync).WithName("GetThemeHeatMap")
            .WithSummary("Reviews raising each theme by year of the accepted report and by type of review, and actions carrying it; reports accepted from one date to another")
            .RequireAuthorization(Policies.ReadActionPlan);
        return app;
    }

    public static Ok<IReadOnlyList<string>> ThemesAsync([FromServices] LearningActionServices services, IOptions<LearningActionOptions> options) =>
        TypedResults.Ok(options.Value.ThemesFor(services.User.Partnership() ?? "").Codes);

    /// <summary>Counts of the whole partnership's reviews and actions, for everyone who reads the plan: no action's detail.</summary>
    public static async Task<Ok<ThemeHeatMap>> HeatMapAsync(DateOnly? from, DateOnly? to, [FromServices] LearningActionServices services,
        IOptions<LearningActionOptions> options, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        return TypedResults.Ok(await services.Db.HeatMapAsync(partnership, from, to, options.Value.ThemesFor(partnership), ct));
    }
}
