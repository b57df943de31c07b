namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>The local authority areas a partnership covers.</summary>
public sealed record PartnershipAreasResponse(string Partnership, IReadOnlyList<string> AreaCodes);
