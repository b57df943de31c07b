using System.Collections.Concurrent;
using System.Text.Json;

namespace Safeguarding.NationalPanelReceiver;

/// <summary>What arrived, what was refused, and how many of the next pushes to fail (per recipient).</summary>
public sealed class Inbox
{
    private readonly ConcurrentDictionary<string, Received> _received = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private int _refused;

    public int Refused => _refused;

    public IEnumerable<Received> Received => _received.Values.OrderBy(r => r.ReceivedAt);

    public void Refuse() => Interlocked.Increment(ref _refused);

    public void FailNext(string recipient, int count) => _failures[recipient] = count;

    /// <summary>True when this push is to be failed (and counts it off).</summary>
    public bool Failing(string recipient)
    {
        while (_failures.TryGetValue(recipient, out var left) && left > 0)
        {
            if (_failures.TryUpdate(recipient, left - 1, left))
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
