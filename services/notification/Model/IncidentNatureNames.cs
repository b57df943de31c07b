namespace Safeguarding.Notification.Api.Model;

/// <summary>The wire names of <see cref="IncidentNature"/>: stable, lower-case, hyphenated.</summary>
public static class IncidentNatureNames
{
    public static readonly IReadOnlyDictionary<string, IncidentNature> ByName = new Dictionary<string, IncidentNature>(StringComparer.Ordinal)
    {
        ["child-death"] = IncidentNature.ChildDeath,
        ["serious-harm"] = IncidentNature.SeriousHarm,
        ["other"] = IncidentNature.Other,
    };

    public static string ToName(this IncidentNature nature) => nature switch
    {
        IncidentNature.ChildDeath => "child-death",
        IncidentNature.SeriousHarm => "serious-harm",
        _ => "other",
    };
}
