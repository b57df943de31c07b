using System.ComponentModel.DataAnnotations;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>Who at the local authority notifies, for the national panel to contact.</summary>
public sealed record NotifierRequest(
    [Required, MaxLength(200)] string LocalAuthority,
    [Required, MaxLength(200)] string Name,
    [Required, MaxLength(200)] string Role,
    [Required, MaxLength(40), Telephone] string Telephone,
    [Required, MaxLength(256), EmailAddress] string Email)
{
    public Notifier ToNotifier() => new()
    {
        LocalAuthority = LocalAuthority.Trim(), Name = Name.Trim(), Role = Role.Trim(), Telephone = Telephone.Trim(), Email = Email.Trim(),
    };
}
