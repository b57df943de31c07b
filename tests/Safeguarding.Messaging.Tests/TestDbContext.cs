using Microsoft.EntityFrameworkCore;

namespace Safeguarding.Messaging.Tests;

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
