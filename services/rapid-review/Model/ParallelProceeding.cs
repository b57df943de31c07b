namespace Safeguarding.RapidReview.Api.Model;

/// <summary>A criminal trial, inquest or family court case running alongside the review, and the delay it causes.</summary>
public sealed class ParallelProceeding
{
    public required string Kind { get; set; }

    public DateOnly? ExpectedConclusionOn { get; set; }

    public int ExpectedDelayDays { get; set; }

    public required string Reason { get; set; }

    public DateOnly RecordedOn { get; set; }
}
