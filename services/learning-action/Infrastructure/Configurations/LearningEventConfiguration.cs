using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Infrastructure.Configurations;

internal sealed class LearningEventConfiguration : IEntityTypeConfiguration<LearningEvent>
{
    public void Configure(EntityTypeBuilder<LearningEvent> learningEvent)
    {
        learningEvent.ToTable("learning_events");
        learningEvent.HasKey(e => e.Id);
        // Reach is always counted for one partnership over a period.
        learningEvent.HasIndex(e => new { e.Partnership, e.HeldOn });
        learningEvent.Property(e => e.Partnership).HasMaxLength(100);
        learningEvent.Property(e => e.Kind).HasMaxLength(30);
        learningEvent.Property(e => e.Title).HasMaxLength(300);
        learningEvent.Property(e => e.DeliveredBy).HasMaxLength(200);
        learningEvent.Property(e => e.RecordedBy).HasMaxLength(200);
        learningEvent.Property(e => e.Version).IsRowVersion();
        learningEvent.Ignore(e => e.Practitioners);
        learningEvent.OwnsMany(e => e.Attendance, x => x.ToJson());
        learningEvent.OwnsOne(e => e.Feedback, x => x.ToJson());
    }
}
