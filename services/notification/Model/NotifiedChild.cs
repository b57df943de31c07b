using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Notification.Api.Model;

/// <summary>A child described in detail on the notification.</summary>
public sealed class NotifiedChild
{
    [ChildIdentifying]
    public required string Name { get; set; }

    [ChildIdentifying]
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Age in years at the incident: given, or worked out from the date of birth.</summary>
    public int AgeYears { get; set; }

    public required string Sex { get; set; }

    /// <summary>DfE census ethnicity code (e.g. WBRI, MWBC, BAFR; REFU refused; NOBT not yet obtained).</summary>
    public required string Ethnicity { get; set; }

    public required string Disability { get; set; }

    public bool LookedAfter { get; set; }

    public bool ChildProtectionPlan { get; set; }

    public bool ChildInNeedPlan { get; set; }

    /// <summary>Agencies that knew the child before the incident; empty when none did.</summary>
    public List<string> KnownToAgencies { get; set; } = [];

    /// <summary>Where a looked-after child was placed.</summary>
    public string? PlacementType { get; set; }
}
