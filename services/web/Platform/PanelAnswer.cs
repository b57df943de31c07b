namespace Safeguarding.Web.Platform;

/// <summary>The national panel's response to a rapid review.</summary>
public sealed record PanelAnswer(string Response, string? Comments, DateOnly RespondedOn);
