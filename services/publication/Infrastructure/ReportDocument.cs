using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Publication.Api.Infrastructure;

/// <summary>
/// The bytes of one version of a final report and the text extracted from them, kept apart from the
/// publication so that reading it loads neither; the text is kept so that an identifier added later
/// is searched for without reading the document again.
/// </summary>
public sealed class ReportDocument
{
    public Guid PublicationId { get; init; }

    public int Version { get; init; }

    public required byte[] Content { get; init; }

    [ChildIdentifying]
    public required string Text { get; init; }
}
