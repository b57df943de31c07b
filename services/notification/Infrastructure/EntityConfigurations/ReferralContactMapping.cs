using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Infrastructure.EntityConfigurations;

internal static class ReferralContactMapping
{
    public static void Map(OwnedNavigationBuilder<Referral, ReferralContact> contact)
    {
        contact.Property(x => x.Name).HasColumnName("contact_name").HasMaxLength(200);
        contact.Property(x => x.Role).HasColumnName("contact_role").HasMaxLength(200);
        contact.Property(x => x.Telephone).HasColumnName("contact_telephone").HasMaxLength(40);
        contact.Property(x => x.Email).HasColumnName("contact_email").HasMaxLength(256);
    }
}
