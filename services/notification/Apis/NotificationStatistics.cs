namespace Safeguarding.Notification.Api.Apis;

public sealed record NotificationStatistics(DateOnly? NotifiedFrom, DateOnly? NotifiedTo, IReadOnlyList<MonthCount> Months,
    int ChildDeath, int SeriousHarm, int Other, int Total);
