using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Tests;

/// <summary>A checked national form for the rules' tests.</summary>
internal static class Forms
{
    public static NotificationForm Valid(string caseOutline = "Outline of the incident.") => new(
        new Notifier { LocalAuthority = "Northshire County Council", Name = "Sarah Notifier", Role = "Head of Safeguarding", Telephone = "01632 960 123", Email = "s@n.example" },
        BecameAwareOn: new DateOnly(2026, 12, 22), IncidentOn: new DateOnly(2026, 11, 20), IncidentTime: new TimeOnly(14, 30), IncidentPlace: "14 Example Road",
        Nature: IncidentNature.SeriousHarm,
        Criteria: new NotificationCriteria { AbuseOrNeglectKnownOrSuspected = true, DiedOrSeriouslyHarmed = true, Location = "in-area" },
        Children: [new NotifiedChild { Name = "Olivia Testchild", AgeYears = 7, Sex = "female", Ethnicity = "WBRI", Disability = "no" }],
        NumberOfChildren: 1, FurtherChildren: null, CaseOutline: caseOutline, LinkedCases: [], NotificationDueOn: new DateOnly(2026, 12, 30),
        MadeLate: false, LateReason: null);
}
