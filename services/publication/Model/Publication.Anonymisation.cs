using Safeguarding.ServiceDefaults.Domain;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Model;

/// <summary>The anonymisation check: identifiers to look for, the hits in the current report, and how each is resolved.</summary>
public sealed partial class Publication
{
    public List<Identifier> Identifiers { get; private set; } = [];

    public List<IdentifierHit> Hits { get; private set; } = [];

    /// <summary>The hits in the current version; earlier versions' hits no longer describe what would be published.</summary>
    public IEnumerable<IdentifierHit> CurrentHits => Hits.Where(h => h.ReportVersion == (CurrentReport?.Version ?? 0));

    public int UnresolvedHits => CurrentHits.Count(h => !h.Resolved);

    /// <summary>Adds an identifier and searches the current report's text (when there is one) for it.</summary>
    public Identifier AddIdentifier(string value, string? currentText, string by, TimeProvider clock)
    {
        var trimmed = value.Trim();
        Valid(trimmed.Length > 0, "value", "value is the name or detail to look for.");
        Valid(!Identifiers.Any(i => string.Equals(i.Value, trimmed, StringComparison.OrdinalIgnoreCase)), "value", "That identifier is already on the list.");
        Allowed(!Settled, $"Publication is {Status}: the check is finished.");
        var identifier = new Identifier { Id = Guid.CreateVersion7(), Value = trimmed, AddedAt = clock.GetUtcNow(), AddedBy = by };
        Identifiers.Add(identifier);
        if (CurrentReport is not null && currentText is not null)
        {
            Check(identifier, currentText);
        }

        LastChangedAt = identifier.AddedAt;
        return identifier;
    }

    /// <summary>
    /// The case's identifying details from the notification, added to the check before any report
    /// arrives; one already on the list (in any case) is not added twice.
    /// </summary>
    public void AddKnownIdentifiers(IEnumerable<(string Kind, string Value)> known, TimeProvider clock)
    {
        Allowed(!Settled, $"Publication is {Status}: the check is finished.");
        var now = clock.GetUtcNow();
        foreach (var (kind, value) in known.Where(k => k.Value.Trim().Length > 0))
        {
            if (!Identifiers.Any(i => string.Equals(i.Value, value.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                Identifiers.Add(new Identifier
                {
                    Id = Guid.CreateVersion7(), Value = value.Trim(), Kind = kind, Source = Identifier.Notification, AddedAt = now, AddedBy = Identifier.Notification,
                });
            }
        }

        LastChangedAt = now;
    }

    /// <summary>The business manager decides a hit: a pseudonym replaces it in the report, or it stays for the reason given.</summary>
    public IdentifierHit ResolveHit(Guid hitId, string resolution, string? pseudonym, string? reason, string by, TimeProvider clock)
    {
        var hit = CurrentHits.FirstOrDefault(h => h.Id == hitId) ?? throw new NotFoundException("Hit", hitId);
        Allowed(!Settled, $"Publication is {Status}: the check is finished.");
        Allowed(!hit.Resolved, "The hit is already resolved.");
        Valid(resolution is HitResolutions.Pseudonym or HitResolutions.Accepted, "resolution", "resolution is pseudonym or accepted.");
        Valid(resolution != HitResolutions.Pseudonym || !string.IsNullOrWhiteSpace(pseudonym), "pseudonym", "Give the pseudonym that replaces it (e.g. Child A).");
        Valid(resolution != HitResolutions.Accepted || !string.IsNullOrWhiteSpace(reason), "reason", "Give the reason the text may stay as it is.");
        hit.Resolution = resolution;
        hit.Pseudonym = resolution == HitResolutions.Pseudonym ? pseudonym!.Trim() : null;
        hit.Reason = reason?.Trim();
        hit.ResolvedBy = by;
        hit.ResolvedAt = clock.GetUtcNow();
        LastChangedAt = hit.ResolvedAt.Value;
        return hit;
    }

    private void Check(Identifier identifier, string text)
    {
        var version = CurrentReport!.Version;
        Hits.AddRange(IdentifierMatching.Find(text, identifier.Value).Select(m => new IdentifierHit
        {
            Id = Guid.CreateVersion7(), ReportVersion = version, IdentifierId = identifier.Id, Offset = m.Offset, Text = m.Text, Context = m.Context,
        }));
    }
}
