using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>
/// A referral as a caller may see it: the decision and its rationale always (the chair's view of
/// every considered case), the children's identities and the free text only with need-to-know.
/// </summary>
public sealed record ReferralResponse(
    Guid Id,
    string Partnership,
    string Status,
    string ReferringAgency,
    ReferralContactResponse Contact,
    IReadOnlyList<ReferredChildResponse> Children,
    string? WhatHappened,
    DateOnly HappenedOn,
    string? ReasonsForReferral,
    DateOnly ReferredOn,
    DateOnly DecisionDueOn,
    bool Overdue,
    DateOnly? DecidedOn,
    DecisionNotToNotify? DecisionNotToNotify,
    Escalation? Escalation,
    LearningRoute? LearningRoute,
    Guid? NotificationId,
    DateOnly? NotifiedOn,
    bool NotifiedRetrospectively,
    string IdentifyingDetails)
{
    public static ReferralResponse From(Referral r, bool identifying, DateOnly today) => new(
        r.Id, r.Partnership, ReferralStatusNames.ToName(r.Status), r.ReferringAgency,
        new ReferralContactResponse(r.Contact.Name, r.Contact.Role, r.Contact.Telephone, r.Contact.Email),
        r.Children.Select((c, i) => new ReferredChildResponse(ChildResponse.PseudonymFor(i), identifying ? c.Name : null,
            identifying ? c.DateOfBirth : null, c.AgeYears)).ToList(),
        identifying ? r.WhatHappened : null, r.HappenedOn, identifying ? r.ReasonsForReferral : null,
        r.ReferredOn, r.DecisionDueOn,
        Overdue: r.IsOverdueOn(today),
        r.DecidedOn, r.DecisionNotToNotify, r.Escalation, r.LearningRoute, r.NotificationId, r.NotifiedOn, r.NotifiedRetrospectively,
        identifying ? NotificationResponse.Shown : NotificationResponse.Withheld);
}
