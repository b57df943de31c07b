using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Infrastructure.EntityConfigurations;

internal sealed class WithdrawnNotificationConfiguration : IEntityTypeConfiguration<WithdrawnNotification>
{
    public void Configure(EntityTypeBuilder<WithdrawnNotification> withdrawn)
    {
        withdrawn.ToTable("withdrawn_notifications");
        withdrawn.HasKey(w => w.NotificationId);
    }
}
