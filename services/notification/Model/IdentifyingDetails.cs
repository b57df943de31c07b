using System.Globalization;

namespace Safeguarding.Notification.Api.Model;

/// <summary>
/// What in a published report would identify the case: each child's name, whole and by each part
/// (a report often says "Ann", or the family's name alone), each date of birth as reports write it,
/// and the incident place. The publication service searches the final report for every one.
/// </summary>
public static class IdentifyingDetails
{
    public const string ChildName = "child-name";
    public const string FamilyName = "family-name";
    public const string DateOfBirth = "date-of-birth";
    public const string IncidentPlace = "incident-place";

    // The invariant culture writes English month names, as reports in England do (the services run without ICU).
    private static readonly HashSet<string> Placeholders = new(["baby", "unborn", "infant", "child", "boy", "girl"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DateFormats = ["d MMMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static IReadOnlyList<(string Kind, string Value)> Of(SeriousIncidentNotification notification)
    {
        var found = new List<(string Kind, string Value)>();
        foreach (var child in notification.Children)
        {
            var parts = child.Name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            found.Add((ChildName, string.Join(' ', parts)));
            // Single letters (an initial) would match every "A" in the report, and a placeholder
            // ("Baby Smith", "Unborn Smith") every mention of a baby; the last part is the family's name.
            var searched = parts.Where(p => p.Trim('.').Length > 1 && !Placeholders.Contains(p)).ToList();
            found.AddRange(searched.Select((p, i) => (i == searched.Count - 1 && parts.Length > 1 && p == parts[^1] ? FamilyName : ChildName, p)));
            if (child.DateOfBirth is { } born)
            {
                found.AddRange(DateFormats.Select(f => (DateOfBirth, born.ToString(f, CultureInfo.InvariantCulture))));
            }
        }

        if (notification.IncidentPlace.Trim() is { Length: > 0 } place)
        {
            found.Add((IncidentPlace, place));
        }

        return [.. found.DistinctBy(i => i.Value, StringComparer.OrdinalIgnoreCase)];
    }
}
