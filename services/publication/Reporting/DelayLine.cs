namespace Safeguarding.Publication.Api.Reporting;

/// <summary>A delay to a review (by its id, or an imported one by the partnership's reference) or its publication, with its reason: <c>review</c> (slippage) or <c>publication</c> (a sensitive delay or not publishing).</summary>
public sealed record DelayLine(string Review, string Type, string Of, DateOnly On, string Reason);
