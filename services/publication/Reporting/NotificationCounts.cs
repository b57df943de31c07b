namespace Safeguarding.Publication.Api.Reporting;

/// <summary>Serious incident notifications made in the period and not withdrawn, by nature; and those made and since withdrawn.</summary>
public sealed record NotificationCounts(int Made, int ChildDeaths, int SeriousHarm, int Other, int AbuseOrNeglectSuspected, int AbuseOrNeglectNotSuspected,
    int LookedAfterChildDeaths, int Withdrawn);
