namespace Safeguarding.Notification.Api.Model;

/// <summary>The fixed answers the national form allows.</summary>
public static class NotificationVocabulary
{
    public static readonly IReadOnlySet<string> Locations = Set("in-area", "resident-harmed-outside-england");

    public static readonly IReadOnlySet<string> Sexes = Set("female", "male", "not-known");

    public static readonly IReadOnlySet<string> Disability = Set("yes", "no", "not-known");

    /// <summary>The ethnicity codes of the DfE children's services censuses (2021 census categories).</summary>
    public static readonly IReadOnlySet<string> Ethnicities = Set(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM",
        "MWBC", "MWBA", "MWAS", "MOTH",
        "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH",
        "CHNE", "OOTH",
        "REFU", "NOBT");

    public static readonly IReadOnlySet<string> PlacementTypes = Set(
        "foster-care", "kinship-care", "childrens-home", "secure-childrens-home", "placed-with-parents",
        "supported-accommodation", "residential-school", "adoption-placement", "other");

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
