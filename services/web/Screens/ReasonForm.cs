namespace Safeguarding.Web.Screens;

/// <summary>A step that needs only its reason, such as sending an action back to its lead agency.</summary>
public sealed class ReasonForm : IStepForm
{
    public string? Reason { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string> { ["reason"] = "Enter the reason" };

    public object ToRequest() => new { reason = Reason };
}
