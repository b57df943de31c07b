using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Model;

internal static class Dates
{
    /// <summary>Something recorded as done cannot be dated after today (in England).</summary>
    public static void NotInFuture(string field, DateOnly date, TimeProvider clock) =>
        Rules.Valid(date <= clock.Today(), field, $"{field} cannot be in the future.");
}
