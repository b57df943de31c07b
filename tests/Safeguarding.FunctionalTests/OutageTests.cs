using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The servers fail under the running system while an agency keeps notifying: PostgreSQL is killed
/// (and comes back by itself), then stopped for a while, then RabbitMQ is stopped for 30 s. Every
/// answer is either the notification accepted or 503 with Retry-After, quickly; every accepted
/// notification opens its rapid review; nothing is dead-lettered.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class OutageTests(SystemFixture system)
{
    // The issue's bound is 2 s; the load run measures it (docs/benchmarks.md). This is the bound on a
    // loaded two-core machine running the whole system and the tests at once.
    private static readonly TimeSpan UnavailableWithin = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Killing_postgres_then_stopping_it_then_stopping_rabbitmq_under_load_loses_and_dead_letters_nothing()
    {
        var deadLettersBefore = await DeadLettersAsync();
        using var load = new NotificationLoad(system.Gateway);
        await load.WaitForAcceptedAsync(5);

        // A crash: the app host starts PostgreSQL again by itself.
        var restarts = await system.App.RestartsAsync("postgres");
        load.Phase = "postgres killed";
        await system.App.KillAsync("postgres");
        await Eventually.TrueAsync(async () => await system.App.RestartsAsync("postgres") > restarts, TimeSpan.FromSeconds(30),
            "the app host to start PostgreSQL again");
        await system.App.WaitUntilHealthyAsync("postgres");
        await load.WaitForAcceptedAsync(load.Accepted + 5);

        // A longer outage: while it lasts, every answer is a prompt 503 with Retry-After.
        load.Phase = "postgres stopped";
        await system.App.StopResourceAsync("postgres");
        var unavailableBefore = load.Unavailable;
        await Task.Delay(TimeSpan.FromSeconds(8));
        Assert.True(load.Unavailable > unavailableBefore, $"No 503 while PostgreSQL was stopped: {load}");
        load.Phase = "postgres started again";
        await system.App.StartResourceAsync("postgres");
        // Connections this test process pooled before the outage died with the server: later tests start afresh.
        Npgsql.NpgsqlConnection.ClearAllPools();
        await load.WaitForAcceptedAsync(load.Accepted + 5);

        // The broker away for 30 s: notifications are still accepted, into the outbox.
        load.Phase = "rabbitmq stopped";
        await system.App.StopResourceAsync("messaging");
        var acceptedBefore = load.Accepted;
        await Task.Delay(TimeSpan.FromSeconds(30));
        Assert.True(load.Accepted > acceptedBefore + 5, $"Only {load.Accepted - acceptedBefore} notifications accepted while RabbitMQ was down.");
        load.Phase = "rabbitmq started again";
        await system.App.StartResourceAsync("messaging");
        await load.WaitForAcceptedAsync(load.Accepted + 5);
        var outcome = await load.StopAsync();

        Assert.True(outcome.Unexpected.Count == 0, "Answers other than 201 or a prompt 503 with Retry-After:\n" + string.Join("\n", outcome.Unexpected));
        Assert.True(outcome.SlowestUnavailable < UnavailableWithin,
            $"A 503 took {outcome.SlowestUnavailable.TotalSeconds:F1} s. The slow ones:\n{string.Join("\n", load.Slow)}");
        Console.WriteLine($"Outage run: {outcome.AcceptedIds.Count} accepted, {load.Unavailable} answered 503, slowest 503 in {outcome.SlowestUnavailable.TotalMilliseconds:F0} ms\n{string.Join("\n", load.Slow)}");
        // Asked of rapid-review directly: a few hundred questions through the gateway would meet its rate limit.
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var rapidReview = system.App.CreateHttpClient("rapid-review", "http");
        rapidReview.DefaultRequestHeaders.Authorization = businessUnit.DefaultRequestHeaders.Authorization;
        foreach (var id in outcome.AcceptedIds)
        {
            var reviews = await Eventually.GetAsync(async () =>
            {
                var found = await Notifications.RapidReviewsForAsync(rapidReview, id);
                return found.Length > 0 ? found : null;
            }, TimeSpan.FromSeconds(90), $"the rapid review of notification {id}");
            Assert.Single(reviews);
        }

        var deadLettersAfter = await DeadLettersAsync();
        Assert.True(deadLettersAfter.SetEquals(deadLettersBefore), $"Dead-lettered during the outages: {string.Join(", ", deadLettersAfter.Except(deadLettersBefore))}");
    }

    /// <summary>The dead letters of both consuming services (other tests leave some on purpose).</summary>
    private async Task<HashSet<string>> DeadLettersAsync()
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        var all = new HashSet<string>();
        foreach (var service in new[] { "notification", "rapid-review" })
        {
            using var direct = system.App.CreateHttpClient(service, "http");
            direct.DefaultRequestHeaders.Authorization = operatorConsole.DefaultRequestHeaders.Authorization;
            foreach (var letter in (await direct.GetFromJsonAsync<JsonElement[]>("/admin/dead-letters?max=1000"))!)
            {
                all.Add($"{service}: {letter.GetRawText()}");
            }
        }

        return all;
    }

    /// <summary>An agency system posting a notification every 100 ms, recording every answer.</summary>
    private sealed class NotificationLoad : IDisposable
    {
        private readonly HttpClient _gateway;
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentQueue<string> _accepted = new();
        private readonly ConcurrentQueue<string> _unexpected = new();
        private readonly Task _running;
        private readonly ConcurrentQueue<string> _slow = new();
        private readonly Stopwatch _sincePhase = Stopwatch.StartNew();
        private string _phase = "before the outages";
        private int _unavailable;
        private long _slowestUnavailableTicks;

        public NotificationLoad(HttpClient gateway)
        {
            _gateway = gateway;
            _running = Task.Run(RunAsync);
        }

        private readonly Stopwatch _current = new();

        public int Accepted => _accepted.Count;

        /// <summary>What the test has just done to the servers, to place a slow answer.</summary>
        public string Phase
        {
            get => Volatile.Read(ref _phase);
            set
            {
                Volatile.Write(ref _phase, value);
                _sincePhase.Restart();
            }
        }

        /// <summary>The 503s that took more than half the bound: when, and what they said.</summary>
        public IEnumerable<string> Slow => _slow;

        public override string ToString() =>
            $"{Accepted} accepted, {Unavailable} unavailable, the request in flight for {_current.Elapsed.TotalSeconds:F1} s; unexpected: {string.Join("; ", _unexpected)}";

        public int Unavailable => Volatile.Read(ref _unavailable);

        public async Task WaitForAcceptedAsync(int count) =>
            await Eventually.TrueAsync(() => Task.FromResult(Accepted >= count || _running.IsCompleted), TimeSpan.FromSeconds(90),
                $"{count} notifications accepted (so far {Accepted}; unexpected: {string.Join("; ", _unexpected)})");

        public async Task<(IReadOnlyList<string> AcceptedIds, IReadOnlyList<string> Unexpected, TimeSpan SlowestUnavailable)> StopAsync()
        {
            await _stop.CancelAsync();
            await _running;
            return ([.. _accepted], [.. _unexpected], TimeSpan.FromTicks(Interlocked.Read(ref _slowestUnavailableTicks)));
        }

        private async Task RunAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                _current.Restart();
                try
                {
                    using var response = await _gateway.PostAsJsonAsync("/api/notifications", Notifications.Valid());
                    watch.Stop();
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        _accepted.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!);
                    }
                    else if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null
                             && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
                    {
                        Interlocked.Increment(ref _unavailable);
                        if (watch.Elapsed > UnavailableWithin / 2)
                        {
                            _slow.Enqueue($"{watch.Elapsed.TotalSeconds:F1} s, sent {(_sincePhase.Elapsed - watch.Elapsed).TotalSeconds:F1} s after {Phase}: {body}");
                        }

                        var ticks = watch.Elapsed.Ticks;
                        long seen;
                        while (ticks > (seen = Interlocked.Read(ref _slowestUnavailableTicks))
                               && Interlocked.CompareExchange(ref _slowestUnavailableTicks, ticks, seen) != seen)
                        {
                        }
                    }
                    else
                    {
                        _unexpected.Enqueue($"{(int)response.StatusCode} after {watch.Elapsed.TotalSeconds:F1} s: {body}");
                    }
                }
                catch (HttpRequestException ex)
                {
                    _unexpected.Enqueue($"no answer: {ex.Message}");
                }

                try
                {
                    await Task.Delay(100, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
        }
    }
}
