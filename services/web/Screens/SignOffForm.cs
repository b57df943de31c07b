namespace Safeguarding.Web.Screens;

/// <summary>The business manager signs off a completed action, with the sub-group meeting that agreed it where there was one.</summary>
public sealed class SignOffForm : IStepForm
{
    public DateParts SubGroupMeetingOn { get; set; } = new();

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["subGroupMeetingOn"] = "Enter the date of the sub-group meeting, or leave it empty",
    };

    public void Check(FormErrors errors) => SubGroupMeetingOn.Check("subGroupMeetingOn", "The date of the sub-group meeting", errors);

    public object ToRequest() => new { subGroupMeetingOn = SubGroupMeetingOn.Value };
}
