namespace Safeguarding.Web.Platform;

/// <summary>What the front end keeps of a notification it sent: its id, the day it was made and whether it was late.</summary>
public sealed record NotificationCreated(Guid Id, DateOnly NotifiedOn, DateOnly NotificationDueOn, bool MadeLate);
