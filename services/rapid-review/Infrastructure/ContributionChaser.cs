using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Scheduling;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Infrastructure;

/// <summary>
/// Reminds agencies of contributions falling due and escalates overdue ones to the business
/// manager, on the statutory calendar. Each review is chased and saved on its own with its events;
/// a review changed meanwhile (by a person, or by another replica's chaser) is left for the next pass.
/// </summary>
internal sealed class ContributionChaser(
    IServiceScopeFactory scopes, WorkingDayCalendar calendar, TimeProvider clock, IOptions<ContributionChasingOptions> options,
    ILogger<ContributionChaser> logger) : PeriodicJob(options.Value.Interval, logger)
{
    protected override string What => "contribution requests";

    public override async Task<int?> RunPassAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var remindBy = calendar.AddWorkingDays(today, options.Value.ReminderWorkingDays);
        List<Guid> due;
        using (var scope = scopes.CreateScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<RapidReviewDbContext>().RapidReviews
                .Where(r => r.Status == RapidReviewStatus.Open && r.ContributionRequests.Any(c => c.ReceivedAt == null && c.EscalatedAt == null
                    && (c.DueOn < today || (c.RemindedAt == null && c.DueOn <= remindBy))))
                .Select(r => r.Id)
                .ToListAsync(ct);
        }

        var chased = 0;
        foreach (var id in due)
        {
            chased += await ChaseAsync(id, ct);
        }

        return chased;
    }

    /// <summary>One review, in a unit of work of its own, so that a lost race leaves nothing half-saved for the next.</summary>
    private async Task<int> ChaseAsync(Guid id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RapidReviewDbContext>();
        if (await db.RapidReviews.AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } review)
        {
            return 0;
        }

        var count = review.ChaseContributions(calendar, clock, options.Value.ReminderWorkingDays);
        db.CheckConcurrency(review);
        try
        {
            await db.SaveChangesAsync(ct);
            return count;
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }
    }
}
