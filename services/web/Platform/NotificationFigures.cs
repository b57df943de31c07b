namespace Safeguarding.Web.Platform;

public sealed record NotificationFigures(int Made, int ChildDeaths, int SeriousHarm, int Other, int Withdrawn);
