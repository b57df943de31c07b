using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>Evidence that an action was done: a statement, a link, or a document the service stores.</summary>
public sealed class Evidence
{
    public const string Text = "text";
    public const string Link = "link";
    public const string Document = "document";

    public Guid Id { get; init; }

    public required string Kind { get; init; }

    [ChildIdentifying]
    public required string Title { get; init; }

    [ChildIdentifying]
    public string? Statement { get; init; }

    public string? Url { get; init; }

    public string? FileName { get; init; }

    public string? ContentType { get; init; }

    public long? Size { get; init; }

    public string? Sha256 { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    public required string AddedBy { get; init; }

    public string? Agency { get; init; }
}
