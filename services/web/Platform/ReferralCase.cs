namespace Safeguarding.Web.Platform;

/// <summary>
/// A case referred for the partnership to consider, and what was decided: the rationale always,
/// the children's identities and the free text only to those who need to know (the read is audited).
/// </summary>
public sealed record ReferralCase(Guid Id, string Status, string ReferringAgency, IReadOnlyList<ReferredChild> Children, string? WhatHappened,
    DateOnly HappenedOn, string? ReasonsForReferral, DateOnly ReferredOn, DateOnly DecisionDueOn, bool Overdue, DateOnly? DecidedOn,
    NotToNotify? DecisionNotToNotify, ReferralEscalation? Escalation, Guid? NotificationId, DateOnly? NotifiedOn);
