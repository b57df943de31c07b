using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Apis.Requests;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>
/// Contribution requests: the business unit asks named agencies for their contribution by a working
/// day of the schedule; each agency sees what is asked of it; the service reminds and escalates.
/// </summary>
public static class ContributionRequestsApi
{
    public static IEndpointRouteBuilder MapContributionRequestsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/rapid-reviews/{id:guid}/contribution-requests", RequestAsync).WithTags("Rapid reviews").WithName("RequestContributions")
            .WithSummary("Ask named agencies for their contribution, due by a working day of the rapid review's schedule (e.g. Day 7)")
            .RequireAuthorization(Policies.RunRapidReview);
        app.MapGet("/api/contribution-requests", ListAsync).WithTags("Rapid reviews").WithName("ListContributionRequests")
            .WithSummary("Contribution requests, soonest due first: an agency sees those made of it, the business manager all of the partnership's; no case detail")
            .RequireAuthorization(Policies.ContributeToRapidReview);
        return app;
    }

    public static async Task<Ok<List<ContributionRequestResponse>>> RequestAsync(Guid id, RequestContributionsRequest request,
        [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        var made = review.RequestContributions([.. request.Agencies.Select(a => (a.Agency.Trim(), a.AgencyType))], request.DueDay!.Value,
            services.Caller, services.Calendar, services.Clock);
        await services.SaveAsync(review, "ask-contributions", "contributionRequests", ct);
        var today = services.Clock.Today();
        return TypedResults.Ok(made.Select(r => ContributionRequestResponse.From(review, r, today)).ToList());
    }

    public static async Task<Ok<PageOf<ContributionRequestResponse>>> ListAsync([AsParameters] ContributionRequestQuery query,
        [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var today = services.Clock.Today();
        var agency = services.ActingAgency;
        var reviews = await services.Db.RapidReviews.AsNoTracking().VisibleTo(services.User)
            .Where(r => query.RapidReviewId == null || r.Id == query.RapidReviewId)
            .Select(r => new
            {
                r.Id, r.LocalAuthority, r.Nature, r.NotifiedOn, r.DueOn,
                Requests = r.ContributionRequests.Where(c => agency == null || c.Agency == agency).ToList(),
            })
            .Where(r => r.Requests.Count > 0)
            .ToListAsync(ct);
        var rows = reviews
            .SelectMany(r => r.Requests.Select(c => new ContributionRequestRow(r.Id, r.LocalAuthority, r.Nature, r.NotifiedOn, r.DueOn, c)))
            .Where(row => query.Status is null || row.Request.StatusOn(today) == query.Status)
            .OrderBy(row => row.Request.DueOn).ThenBy(row => row.Request.Id);
        return TypedResults.Ok(query.Read(rows, row => ContributionRequestResponse.From(row, today)));
    }
}
