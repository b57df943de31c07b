namespace Safeguarding.Publication.Api.Reporting;

/// <summary>A delay to a review or its publication, with its reason: <c>review</c> (slippage) or <c>publication</c> (a sensitive delay or not publishing).</summary>
public sealed record DelayLine(Guid ReviewId, string Type, string Of, DateOnly On, string Reason);
