namespace Safeguarding.Notification.Api.Model;

/// <summary>Who corrects a notification, as their token names them.</summary>
public sealed record Amender(string Subject, string? Name, string? Agency);
