using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Notification.Api.Model;

public sealed class ReferredChild
{
    [ChildIdentifying]
    public required string Name { get; set; }

    [ChildIdentifying]
    public DateOnly? DateOfBirth { get; set; }

    public int? AgeYears { get; set; }
}
