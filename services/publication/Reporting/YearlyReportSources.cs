using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.Actions.V1;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.Publication.Api.Imports;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>Where the yearly report's figures come from: every service, asked at once, and the publication service's own records.</summary>
public sealed class YearlyReportSources(PublicationServices services, NotificationQueries.NotificationQueriesClient notifications,
    ReviewQueries.ReviewQueriesClient reviews, ActionPlanQueries.ActionPlanQueriesClient plan)
{
    public async Task<YearlyReport> ComposeAsync(YearlyReportQuery query, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var (from, to) = query.Period(services.Clock.Today());
        var (first, last) = (from.ToString("yyyy-MM-dd"), to.ToString("yyyy-MM-dd"));
        // The slowest service decides how long the report takes.
        var notificationFigures = notifications.GetYearlyFiguresAsync(new YearlyFiguresRequest { Partnership = partnership, From = first, To = last },
            cancellationToken: ct).ResponseAsync;
        var reviewFigures = reviews.GetYearlyFiguresAsync(new ReviewFiguresRequest { Partnership = partnership, From = first, To = last },
            cancellationToken: ct).ResponseAsync;
        var planRequest = new GetReachFiguresRequest { Partnership = partnership, From = first, To = last };
        var planFigures = plan.GetActionPlanFiguresAsync(planRequest, cancellationToken: ct).ResponseAsync;
        var reach = plan.GetReachFiguresAsync(planRequest, cancellationToken: ct).ResponseAsync;
        var publications = await services.Db.Publications.AsNoTracking().Where(p => p.Partnership == partnership).ToListAsync(ct);
        var imported = (await services.Db.RegisterCases.AsNoTracking().Where(c => c.Partnership == partnership).Select(c => c.Details).ToListAsync(ct))
            .Select(RegisterCases.DetailsOf).ToList();
        return YearlyReport.Compose(partnership, from, to, await notificationFigures, await reviewFigures, await planFigures, await reach, publications, imported);
    }
}
