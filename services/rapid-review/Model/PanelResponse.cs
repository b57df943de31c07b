namespace Safeguarding.RapidReview.Api.Model;

/// <summary>The national panel's answer: agrees, disagrees, or takes a national review.</summary>
public sealed class PanelResponse
{
    public required string Response { get; set; }

    public string? Comments { get; set; }

    public DateOnly RespondedOn { get; set; }
}
