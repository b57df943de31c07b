using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Apis;

public sealed record ChildResponse(
    string Pseudonym,
    string? Name,
    DateOnly? DateOfBirth,
    int AgeYears,
    string Sex,
    string Ethnicity,
    string Disability,
    bool LookedAfter,
    bool ChildProtectionPlan,
    bool ChildInNeedPlan,
    IReadOnlyList<string> KnownToAgencies,
    string? PlacementType)
{
    /// <summary>"Child A", "Child B", … in the order the notification lists them, as published reports name children.</summary>
    public static string PseudonymFor(int index) => $"Child {(char)('A' + index)}";

    public static ChildResponse From(NotifiedChild c, int index, bool identifying) => new(
        PseudonymFor(index), identifying ? c.Name : null, identifying ? c.DateOfBirth : null, c.AgeYears, c.Sex, c.Ethnicity,
        c.Disability, c.LookedAfter, c.ChildProtectionPlan, c.ChildInNeedPlan, c.KnownToAgencies, c.PlacementType);
}
