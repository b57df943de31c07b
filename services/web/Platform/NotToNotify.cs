namespace Safeguarding.Web.Platform;

/// <summary>The partnership's decision not to notify, its rationale and each statutory partner's position.</summary>
public sealed record NotToNotify(string Rationale, DateOnly DecidedOn, IReadOnlyList<PartnerStance> PartnerPositions);
