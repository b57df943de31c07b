using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Scheduling;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Infrastructure;

/// <summary>
/// The scheduled job that reminds and escalates actions. It runs once across all replicas: each
/// pass holds a PostgreSQL transaction-level advisory lock (<c>pg_try_advisory_xact_lock</c>), and
/// a replica that cannot take it skips the pass; what the pass records and announces is committed
/// in that same transaction, so the next pass (on any replica) sees it.
/// </summary>
internal sealed class ActionChaser(
    IServiceScopeFactory scopes, WorkingDayCalendar calendar, TimeProvider clock, IOptions<LearningActionOptions> options,
    ILogger<ActionChaser> logger) : PeriodicJob(options.Value.ChaseInterval, logger)
{
    protected override string What => "actions and briefings";

    /// <summary>The advisory lock's key: the job's name, as PostgreSQL's 64-bit lock space takes it.</summary>
    public const long LockKey = 0x5341_4645_4143_5431; // "SAFEACT1"

    public override async Task<int?> RunPassAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningActionDbContext>();
        var today = clock.Today();
        var longest = options.Value.Partnerships.Values.Append(options.Value.Escalation).Max(l => l.ReminderWorkingDays);
        var horizon = calendar.AddWorkingDays(today, longest);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var locked = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(ct);
            if (!locked)
            {
                return (int?)null;
            }

            var due = await db.Actions
                .Where(a => (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueOn <= horizon)
                .OrderBy(a => a.DueOn)
                .ToListAsync(ct);
            var chased = due.Sum(a => a.Chase(options.Value.LadderFor(a.Partnership), calendar, clock));
            // N working days are at least N calendar days: nothing published since then is due yet.
            var publishedBy = today.AddDays(-options.Value.DisseminationDueWorkingDays);
            var briefings = await db.Briefings.Where(b => b.Status == BriefingStatus.Published && b.PublishedOn <= publishedBy).ToListAsync(ct);
            chased += briefings.Sum(b => b.ChaseDissemination(options.Value.DisseminationDueWorkingDays, calendar, clock));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return chased;
        });
    }
}
