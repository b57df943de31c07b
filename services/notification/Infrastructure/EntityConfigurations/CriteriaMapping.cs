using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Infrastructure.EntityConfigurations;

internal static class CriteriaMapping
{
    public static void Map(OwnedNavigationBuilder<SeriousIncidentNotification, NotificationCriteria> criteria)
    {
        criteria.Property(x => x.AbuseOrNeglectKnownOrSuspected).HasColumnName("criteria_abuse_or_neglect");
        criteria.Property(x => x.DiedOrSeriouslyHarmed).HasColumnName("criteria_died_or_seriously_harmed");
        criteria.Property(x => x.Location).HasColumnName("criteria_location").HasMaxLength(40);
        criteria.Property(x => x.LookedAfterChildDeath).HasColumnName("criteria_looked_after_child_death");
    }
}
