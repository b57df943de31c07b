namespace Safeguarding.Publication.Api.Imports;

/// <summary>One documented column of a case register: its name, whether every file must have it, and whether it holds dates.</summary>
public sealed record RegisterColumn(string Name, bool IsRequired = false, bool IsDate = false);
