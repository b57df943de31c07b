namespace Safeguarding.Web.Screens;

/// <summary>The business unit asks an agency for its contribution, due by a working day of the schedule.</summary>
public sealed class ContributionRequestForm : IStepForm
{
    public string? Agency { get; set; }
    public string? AgencyType { get; set; }
    public string? DueDay { get; set; } = "7";

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["agencies[0].agency"] = "Enter the agency's name, as its people sign in with it",
        ["agencies[0].agencyType"] = "Select the kind of agency",
        ["dueDay"] = "Enter the working day of the rapid review it is due by",
    };

    public object ToRequest() => new
    {
        agencies = new[] { new { agency = Agency, agencyType = AgencyType } },
        dueDay = int.TryParse(DueDay, out var day) ? day : (int?)null,
    };
}
