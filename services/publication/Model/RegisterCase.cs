using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// One case of a partnership's register as it brought it in, keyed by the partnership's own
/// reference: its summary, place, gender and age (which describe the child, and stay here), its
/// status, and its dates and codes as every service takes them (<see cref="Details"/>, JSON).
/// </summary>
public sealed class RegisterCase
{
    public required string Partnership { get; init; }

    public required string Reference { get; init; }

    [ChildIdentifying]
    public string? Summary { get; set; }

    [ChildIdentifying]
    public string? Location { get; set; }

    [ChildIdentifying]
    public string? Gender { get; set; }

    [ChildIdentifying]
    public int? Age { get; set; }

    public string? Status { get; set; }

    /// <summary>The case's dates and codes as the services take them: an <c>ImportedCase</c>, as JSON.</summary>
    public required string Details { get; set; }

    /// <summary>The row's version (PostgreSQL's xmin): of two imports changing the case at once, one is refused as a conflict.</summary>
    public uint Version { get; init; }

    /// <summary>The import that last brought it in or changed it.</summary>
    public Guid ImportId { get; set; }

    /// <summary>Takes the newer register's values, as the import that brought them in.</summary>
    public void TakeFrom(RegisterCase newer) =>
        (Summary, Location, Gender, Age, Status, Details, ImportId) = (newer.Summary, newer.Location, newer.Gender, newer.Age, newer.Status, newer.Details, newer.ImportId);

    public bool Matches(RegisterCase other) =>
        (Summary, Location, Gender, Age, Status, Details) == (other.Summary, other.Location, other.Gender, other.Age, other.Status, other.Details);
}
