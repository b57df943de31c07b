namespace Safeguarding.Web.Screens;

/// <summary>Sending the rapid review, with the chair's decision, to the national panel today; a late one says why.</summary>
public sealed class SubmissionForm : IStepForm
{
    public string? DelayReason { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["delayReason"] = "Enter why the rapid review is late",
    };

    public object ToRequest() => new { delayReason = Choices.Blank(DelayReason) };
}
