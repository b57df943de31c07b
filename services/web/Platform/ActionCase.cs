namespace Safeguarding.Web.Platform;

/// <summary>An action with its success measure, progress notes and evidence (the read is audited).</summary>
public sealed record ActionCase(ActionRow Action, string SuccessMeasure, string? ClosedReason, IReadOnlyList<ActionNote> Notes, IReadOnlyList<ActionEvidence> Evidence);
