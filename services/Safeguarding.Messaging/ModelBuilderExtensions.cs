using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging.Inbox;
using Safeguarding.Messaging.Outbox;

namespace Safeguarding.Messaging;

public static class ModelBuilderExtensions
{
    /// <summary>Maps the outbox and inbox tables into a service's own database.</summary>
    public static ModelBuilder AddMessaging(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            outbox.Property(m => m.EventId).HasColumnName("event_id");
            outbox.HasIndex(m => m.EventId).IsUnique();
            outbox.Property(m => m.Type).HasColumnName("type").HasMaxLength(200);
            outbox.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(200);
            outbox.Property(m => m.Data).HasColumnName("data").HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(55);
            outbox.Property(m => m.TraceState).HasColumnName("trace_state").HasMaxLength(TraceStates.MaxLength);
            outbox.Property(m => m.PublishedAt).HasColumnName("published_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            outbox.HasIndex(m => m.Sequence).HasFilter("published_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.EventId).HasColumnName("event_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(100);
            inbox.Property(m => m.Type).HasColumnName("type").HasMaxLength(200);
            inbox.Property(m => m.HandledAt).HasColumnName("handled_at");
        });

        return modelBuilder;
    }
}
