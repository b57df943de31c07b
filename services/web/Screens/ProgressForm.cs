namespace Safeguarding.Web.Screens;

/// <summary>A progress note on an action.</summary>
public sealed class ProgressForm : IStepForm
{
    public string? Text { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string> { ["text"] = "Enter the progress made" };

    public object ToRequest() => new { text = Text };
}
