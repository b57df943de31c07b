using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <param name="Reason">Why the case turned out not to meet the criteria.</param>
public sealed record WithdrawRequest([Required, MaxLength(2_000)] string Reason);
