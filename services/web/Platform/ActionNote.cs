namespace Safeguarding.Web.Platform;

/// <summary>A progress note on an action.</summary>
public sealed record ActionNote(DateTimeOffset At, string By, string? Agency, string Text);
