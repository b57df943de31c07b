using Safeguarding.Contracts.Notifications.V1;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// A notification as the national bodies receive it: the panel with the children as the national
/// form names them, DfE and Ofsted with the children pseudonymised ("Child A") and without the
/// place, the outline or anything written about the family.
/// </summary>
public static class NotificationPayloads
{
    public static object Identified(NationalNotification n, object? change = null) => new
    {
        notification = Facts(n.Details, n), change,
        incidentPlace = n.IncidentPlace, caseOutline = n.CaseOutline, lateReason = Text(n.LateReason), furtherChildren = Text(n.FurtherChildren),
        notifier = new { name = n.NotifierName, role = n.NotifierRole, email = n.NotifierEmail, telephone = n.NotifierTelephone },
        children = n.Children.Select(c => new
        {
            name = c.Name, dateOfBirth = Text(c.DateOfBirth), ageYears = c.AgeYears, sex = c.Sex, ethnicity = c.Ethnicity, disability = c.Disability,
            lookedAfter = c.LookedAfter, childProtectionPlan = c.ChildProtectionPlan, childInNeedPlan = c.ChildInNeedPlan,
            knownToAgencies = c.KnownToAgencies.ToList(),
        }).ToList(),
    };

    public static object Pseudonymised(NationalNotification n, object? change = null) => new
    {
        notification = Facts(n.Details, n), change,
        children = n.Children.Select((c, i) => new
        {
            pseudonym = Pseudonym(i), ageYears = c.AgeYears, sex = c.Sex, ethnicity = c.Ethnicity, disability = c.Disability,
            lookedAfter = c.LookedAfter, childProtectionPlan = c.ChildProtectionPlan, childInNeedPlan = c.ChildInNeedPlan,
            knownToAgencies = c.KnownToAgencies.ToList(),
        }).ToList(),
    };

    /// <summary>The facts every national body receives: dates, nature, criteria and counts, nothing that names anyone.</summary>
    public static object Facts(NotificationDetails d, NationalNotification? n = null) => new
    {
        notificationId = d.NotificationId, partnership = d.Partnership, localAuthority = d.LocalAuthority, nature = d.Nature, status = d.Status,
        becameAwareOn = d.BecameAwareOn, incidentOn = d.IncidentOn, notifiedOn = d.NotifiedOn, notificationDueOn = d.NotificationDueOn,
        madeLate = d.MadeLate, numberOfChildren = d.NumberOfChildren,
        abuseOrNeglectKnownOrSuspected = n?.AbuseOrNeglectKnownOrSuspected, lookedAfterChildDeath = n?.LookedAfterChildDeath,
    };

    /// <summary>"Child A", "Child B", … in the order the form lists the children.</summary>
    public static string Pseudonym(int index) => "Child " + (char)('A' + index % 26) + (index >= 26 ? (index / 26).ToString() : "");

    private static string? Text(string value) => value.Length == 0 ? null : value;
}
