namespace Safeguarding.Web.Screens;

/// <summary>The national panel's response to a submitted rapid review, which completes it.</summary>
public sealed class PanelResponseForm : IStepForm
{
    public static readonly IReadOnlyList<(string, string)> Responses =
        [("agrees", "The panel agrees with the decision"), ("disagrees", "The panel disagrees"), ("national-review", "The panel will hold a national review")];

    public string? Response { get; set; }
    public string? Comments { get; set; }

    public IReadOnlyDictionary<string, string> Questions { get; } = new Dictionary<string, string>
    {
        ["response"] = "Select the panel's response",
        ["comments"] = "Enter the panel's comments",
    };

    public object ToRequest() => new { response = Response, comments = Choices.Blank(Comments) };
}
