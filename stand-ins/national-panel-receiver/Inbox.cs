using System.Collections.Concurrent;
using System.Text.Json;

namespace Safeguarding.NationalPanelReceiver;

/// <summary>What arrived, what was refused, and how many of the next pushes to fail (per recipient, and optionally per event type).</summary>
public sealed class Inbox
{
    private readonly ConcurrentDictionary<string, Received> _received = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private int _refused;

    public int Refused => _refused;

    public IEnumerable<Received> Received => _received.Values.OrderBy(r => r.ReceivedAt);

    public void Refuse() => Interlocked.Increment(ref _refused);

    public void FailNext(string recipient, string? type, int count) => _failures[$"{recipient} {type}"] = count;

    /// <summary>True when this push is to be failed (and counts it off).</summary>
    public bool Failing(string recipient, string type) => CountOff($"{recipient} {type}") || CountOff($"{recipient} ");

    private bool CountOff(string key)
    {
        while (_failures.TryGetValue(key, out var left) && left > 0)
        {
            if (_failures.TryUpdate(key, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    public void Record(string webhookId, string recipient, JsonElement cloudEvent, DateTimeOffset at) =>
        _received.AddOrUpdate(webhookId,
            _ => new Received(webhookId, recipient, cloudEvent.GetProperty("type").GetString() ?? "",
                cloudEvent.TryGetProperty("subject", out var s) ? s.GetString() : null, at, 1, cloudEvent.Clone()),
            (_, earlier) => earlier with { Deliveries = earlier.Deliveries + 1 });
}
