using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Publication.Api.Model;

/// <summary>A name or other detail that must not appear in the published report (e.g. a child's or a parent's name).</summary>
public sealed class Identifier
{
    public Guid Id { get; init; }

    [ChildIdentifying]
    public required string Value { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    public required string AddedBy { get; init; }

    /// <summary>Where it came from: the notification (a child's name, a date of birth, the incident place) or the business manager.</summary>
    public string Source { get; init; } = Identifier.BusinessManager;

    /// <summary>What kind of detail it is, when the notification supplied it: child-name, family-name, date-of-birth, incident-place.</summary>
    public string? Kind { get; init; }

    public const string BusinessManager = "business-manager";

    public const string Notification = "notification";
}
