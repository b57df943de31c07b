namespace Safeguarding.Publication.Api.Reporting;

/// <summary>Reviews of one type: started (decided on), completed (report accepted) and published in the period.</summary>
public sealed record ReviewTypeCounts(string Type, int Started, int Completed, int Published);
