namespace Safeguarding.Publication.Api.Apis;

/// <summary>A partnership's public register: the reviews online, newest first, and those whose reports moved to the archive after a year.</summary>
public sealed record RegisterResponse(string Partnership, IReadOnlyList<RegisterItem> Online, IReadOnlyList<RegisterItem> Archive);
