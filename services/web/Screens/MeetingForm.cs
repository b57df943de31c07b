namespace Safeguarding.Web.Screens;

/// <summary>The rapid review meeting: when it was held, and which of the three safeguarding partners attended.</summary>
public sealed class MeetingForm : IStepForm
{
    public DateParts HeldOn { get; set; } = new();
    public string? LocalAuthority { get; set; }
    public string? Police { get; set; }
    public string? Health { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["heldOn"] = "Enter the date of the meeting",
        ["attendance.localAuthority"] = "Select yes if the local authority attended",
        ["attendance.police"] = "Select yes if the police attended",
        ["attendance.health"] = "Select yes if health attended",
    };

    public void Check(FormErrors errors) => HeldOn.Check("heldOn", "The date of the meeting", errors);

    public object ToRequest() => new
    {
        heldOn = HeldOn.Value,
        attendance = new { localAuthority = Choices.YesNo(LocalAuthority), police = Choices.YesNo(Police), health = Choices.YesNo(Health) },
    };
}
