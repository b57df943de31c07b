using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Infrastructure.EntityConfigurations;

internal static class NotifierMapping
{
    public static void Map(OwnedNavigationBuilder<SeriousIncidentNotification, Notifier> notifier)
    {
        // local_authority keeps the column notifications were first made with.
        notifier.Property(x => x.LocalAuthority).HasColumnName("local_authority").HasMaxLength(200);
        notifier.Property(x => x.Name).HasColumnName("notifier_name").HasMaxLength(200);
        notifier.Property(x => x.Role).HasColumnName("notifier_role").HasMaxLength(200);
        notifier.Property(x => x.Telephone).HasColumnName("notifier_telephone").HasMaxLength(40);
        notifier.Property(x => x.Email).HasColumnName("notifier_email").HasMaxLength(256);
    }
}
