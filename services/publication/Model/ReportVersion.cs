using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Publication.Api.Model;

/// <summary>One uploaded version of the final report (v1, v2, …); its bytes are kept in a table of their own.</summary>
public sealed class ReportVersion
{
    public int Version { get; init; }

    /// <summary>Titles and file names often carry the child's pseudonym or name: kept out of logs.</summary>
    [ChildIdentifying]
    public required string Title { get; init; }

    [ChildIdentifying]
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required string Sha256 { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public required string UploadedBy { get; init; }
}
