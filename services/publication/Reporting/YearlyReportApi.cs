using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.Actions.V1;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>The yearly report of the caller's partnership, drawn from every service's records.</summary>
public static class YearlyReportApi
{
    public static IEndpointRouteBuilder MapYearlyReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/yearly-report", GetAsync).WithTags("Yearly report").WithName("GetYearlyReport")
            .WithSummary("The partnership's yearly report for a period (from, to; by default the financial year today is in): figures only")
            .RequireAuthorization(Policies.ReadPartnershipFigures);
        return app;
    }

    public static async Task<Ok<YearlyReport>> GetAsync([AsParameters] YearlyReportQuery query, [FromServices] PublicationServices services,
        [FromServices] NotificationQueries.NotificationQueriesClient notifications, [FromServices] ReviewQueries.ReviewQueriesClient reviews,
        [FromServices] ActionPlanQueries.ActionPlanQueriesClient plan, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var (from, to) = query.Period(services.Clock.Today());
        var (first, last) = (from.ToString("yyyy-MM-dd"), to.ToString("yyyy-MM-dd"));
        // The four services are asked at once; the slowest decides how long the report takes.
        var notificationFigures = notifications.GetYearlyFiguresAsync(new YearlyFiguresRequest { Partnership = partnership, From = first, To = last },
            cancellationToken: ct).ResponseAsync;
        var reviewFigures = reviews.GetYearlyFiguresAsync(new ReviewFiguresRequest { Partnership = partnership, From = first, To = last },
            cancellationToken: ct).ResponseAsync;
        var planRequest = new GetReachFiguresRequest { Partnership = partnership, From = first, To = last };
        var planFigures = plan.GetActionPlanFiguresAsync(planRequest, cancellationToken: ct).ResponseAsync;
        var reach = plan.GetReachFiguresAsync(planRequest, cancellationToken: ct).ResponseAsync;
        var publications = await services.Db.Publications.AsNoTracking().Where(p => p.Partnership == partnership).ToListAsync(ct);
        return TypedResults.Ok(YearlyReport.Compose(partnership, from, to, await notificationFigures, await reviewFigures, await planFigures, await reach,
            publications));
    }
}
