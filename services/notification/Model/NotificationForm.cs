namespace Safeguarding.Notification.Api.Model;

/// <summary>
/// The national serious incident notification form, checked as a whole (dates, criteria,
/// children): what a notification is made with and amended to.
/// </summary>
public sealed record NotificationForm(
    Notifier Notifier,
    DateOnly BecameAwareOn,
    DateOnly IncidentOn,
    TimeOnly? IncidentTime,
    string IncidentPlace,
    IncidentNature Nature,
    NotificationCriteria Criteria,
    List<NotifiedChild> Children,
    int NumberOfChildren,
    string? FurtherChildren,
    string CaseOutline,
    List<string> LinkedCases,
    DateOnly NotificationDueOn,
    bool MadeLate,
    string? LateReason)
{
    public const int MaxChildrenInDetail = 4;

    /// <summary>The form's top-level fields, in the order the national form asks for them.</summary>
    public static readonly string[] Fields =
    [
        "notifier", "becameAwareOn", "incidentOn", "incidentTime", "incidentPlace", "nature", "criteria", "children",
        "numberOfChildren", "furtherChildren", "caseOutline", "linkedCases", "lateReason",
    ];

    /// <summary>Fields that may identify a child: withheld from roles that do not need them, audited when read.</summary>
    public static readonly string[] IdentifyingFields = ["incidentPlace", "children", "furtherChildren", "caseOutline"];

    public void ApplyTo(SeriousIncidentNotification n)
    {
        n.Notifier = Notifier;
        n.BecameAwareOn = BecameAwareOn;
        n.IncidentOn = IncidentOn;
        n.IncidentTime = IncidentTime;
        n.IncidentPlace = IncidentPlace;
        n.Nature = Nature;
        n.Criteria = Criteria;
        n.Children = Children;
        n.NumberOfChildren = NumberOfChildren;
        n.FurtherChildren = FurtherChildren;
        n.CaseOutline = CaseOutline;
        n.LinkedCases = LinkedCases;
        n.NotificationDueOn = NotificationDueOn;
        n.MadeLate = MadeLate;
        n.LateReason = LateReason;
    }
}
