using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts;

namespace Safeguarding.Messaging.Tests;

[IntegrationEvent("safeguarding.tests.case-recorded.v1")]
public sealed record CaseRecordedIntegrationEvent(Guid CaseId, string Reference) : IIntegrationEvent
{
    public string Subject => CaseId.ToString();
}

public sealed class RecordedCase
{
    public Guid Id { get; set; }

    public required string Reference { get; set; }
}

public sealed class HandledEvent
{
    public Guid EventId { get; set; }

    public Guid CaseId { get; set; }

    public string? TraceId { get; set; }
}

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<RecordedCase> Cases => Set<RecordedCase>();

    public DbSet<HandledEvent> Handled => Set<HandledEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RecordedCase>().HasIndex(c => c.Reference).IsUnique();
        modelBuilder.Entity<HandledEvent>().HasKey(h => h.EventId);
        modelBuilder.AddMessaging();
    }
}

/// <summary>What the test handler does: lets a test make it fail or hold it mid-handling.</summary>
public sealed class HandlerBehaviour
{
    public Func<int, CancellationToken, Task>? OnDelivery { get; set; }

    public int Deliveries;

    /// <summary>The broker's delivery attempt the handler last ran in.</summary>
    public int LastAttempt;
}

public sealed class CaseRecordedHandler(TestDbContext db, HandlerBehaviour behaviour) : IIntegrationEventHandler<CaseRecordedIntegrationEvent>
{
    public async Task HandleAsync(CaseRecordedIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var delivery = Interlocked.Increment(ref behaviour.Deliveries);
        behaviour.LastAttempt = context.DeliveryAttempt;
        if (behaviour.OnDelivery is { } hook)
        {
            await hook(delivery, cancellationToken);
        }

        db.Handled.Add(new HandledEvent { EventId = context.EventId, CaseId = @event.CaseId, TraceId = Activity.Current?.TraceId.ToString() });
    }
}
