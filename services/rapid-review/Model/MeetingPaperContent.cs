namespace Safeguarding.RapidReview.Api.Model;

/// <summary>The bytes of a meeting paper, in a table of their own so reading a review never loads them.</summary>
public sealed class MeetingPaperContent
{
    public Guid PaperId { get; set; }

    public Guid RapidReviewId { get; set; }

    public required byte[] Content { get; set; }
}
