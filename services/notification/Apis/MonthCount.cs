namespace Safeguarding.Notification.Api.Apis;

public sealed record MonthCount(string Month, int ChildDeath, int SeriousHarm, int Other, int Total);
