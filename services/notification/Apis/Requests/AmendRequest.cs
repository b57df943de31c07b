using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <param name="Reason">Why the notification is corrected.</param>
/// <param name="Changes">A JSON merge patch (RFC 7396) of the notification form: fields with their new values, null to clear one.</param>
public sealed record AmendRequest([Required, MaxLength(2_000)] string Reason, [Required] JsonElement? Changes);
