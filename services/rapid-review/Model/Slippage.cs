namespace Safeguarding.RapidReview.Api.Model;

public sealed class Slippage
{
    public DateOnly RecordedOn { get; set; }

    public DateOnly NewExpectedCompletionOn { get; set; }

    public required string Reason { get; set; }
}
