namespace Safeguarding.Web.Platform;

/// <summary>Evidence that an action was done: a statement, a link or a document.</summary>
public sealed record ActionEvidence(Guid Id, string Kind, string Title, string? Statement, string? Url, string? FileName, DateTimeOffset AddedAt);
