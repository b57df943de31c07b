using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>A paper shared with the meeting's invitees; its bytes are kept apart, by its id.</summary>
public sealed class MeetingPaper
{
    public Guid Id { get; set; }

    /// <summary>A paper's title and file name may name the child.</summary>
    [ChildIdentifying]
    public required string Title { get; set; }

    [ChildIdentifying]
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}
