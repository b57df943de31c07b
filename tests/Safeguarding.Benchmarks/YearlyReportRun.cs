using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Safeguarding.Testing;

/// <summary>
/// The yearly report over many partnerships' histories: each partnership's register imported
/// through the gateway by its own business manager, then the report of ten years read again and
/// again, beside a floor (the partnership's areas: one small query behind the same gateway, token
/// and service) measured in the same run.
/// </summary>
internal static class YearlyReportRun
{
    private const int Reads = 60;

    public static async Task RunAsync(DistributedApplication app, int partnerships, int years, int perYear)
    {
        using var gateway = app.CreateHttpClient("gateway");
        var watch = Stopwatch.StartNew();
        using var operatorConsole = await ClientAsync(app, "operator-console", null);
        var businessUnits = new List<HttpClient>();
        for (var p = 0; p < partnerships; p++)
        {
            var client = p == 0 ? await ClientAsync(app, "northshire-business-unit", null) : await RegisterAsync(app, operatorConsole, p);
            using var form = new MultipartFormDataContent { { new StringContent(SyntheticRegister.Csv(p, years, perYear), Encoding.UTF8), "file", "register.csv" } };
            using var imported = await client.PostAsync("/api/history-imports", form);
            if (!imported.IsSuccessStatusCode)
                throw new InvalidOperationException($"Import {p}: {(int)imported.StatusCode} {await imported.Content.ReadAsStringAsync()}");
            businessUnits.Add(client);
        }
        Console.WriteLine($"Imported {partnerships} registers of {years} years ({partnerships * years * perYear} cases) in {watch.Elapsed.TotalSeconds:F1} s");

        var period = $"from=2016-04-01&to={2016 + years}-03-31";
        var expected = years * perYear;
        await Eventually.TrueAsync(async () => (await Considered(businessUnits[^1], period)) == expected
            && (await Considered(businessUnits[0], period)) == expected, TimeSpan.FromMinutes(5), "every service's part of the last register");
        Console.WriteLine($"Every service took its part in {watch.Elapsed.TotalSeconds:F1} s");

        var northshire = businessUnits[0];
        var floor = await TimeAsync(() => northshire.GetAsync("/api/benchmarks/areas"));
        var report = await TimeAsync(() => northshire.GetAsync($"/api/yearly-report?{period}"));
        var document = await TimeAsync(() => northshire.GetAsync($"/api/yearly-report/document?{period}"));
        using var panel = await ClientAsync(app, "national-panel-feed", null);
        var national = await TimeAsync(() => panel.GetAsync("/api/benchmarks/national?year=2020"));
        Print("Floor: the partnership's areas (one small query)", floor, floor);
        Print($"Yearly report, {years} years, JSON", report, floor);
        Print($"Yearly report, {years} years, printable document", document, floor);
        Print($"National benchmarks, {partnerships} partnerships side by side", national, floor);
        foreach (var client in businessUnits)
            client.Dispose();
    }

    private static async Task<int> Considered(HttpClient client, string period) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/yearly-report?{period}")).GetProperty("referrals").GetProperty("considered").GetInt32();

    private static async Task<HttpClient> RegisterAsync(DistributedApplication app, HttpClient operatorConsole, int p)
    {
        var (id, secret) = ($"bench-{p:000}-business-unit", $"bench-only-{p:000}-secret-of-24-characters");
        using var registered = await operatorConsole.PostAsJsonAsync("/api/clients", new
        {
            clientId = id, clientSecret = secret, displayName = $"Bench {p:000} business unit", partnership = $"bench-{p:000}",
            agency = "Partnership business unit", roles = new[] { "business-manager" },
        });
        if (!registered.IsSuccessStatusCode)
            throw new InvalidOperationException($"Client {id}: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync()}");
        return await ClientAsync(app, id, secret);
    }

    private static async Task<HttpClient> ClientAsync(DistributedApplication app, string clientId, string? secret)
    {
        var client = app.CreateHttpClient("gateway");
        client.Timeout = TimeSpan.FromMinutes(2);
        using var token = await DevelopmentTokens.RequestAsync(client, clientId, secret);
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        return client;
    }

    private static async Task<double[]> TimeAsync(Func<Task<HttpResponseMessage>> call)
    {
        for (var i = 0; i < 5; i++)
            (await call()).EnsureSuccessStatusCode().Dispose();
        var times = new double[Reads];
        for (var i = 0; i < Reads; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await call();
            await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times;
    }

    private static void Print(string what, double[] times, double[] floor)
    {
        double P(double[] t, double q) => t[(int)Math.Min(t.Length - 1, Math.Ceiling(q * t.Length) - 1)];
        Console.WriteLine($"{what}: p50 {P(times, 0.5):F0} ms, p95 {P(times, 0.95):F0} ms ({P(times, 0.5) / P(floor, 0.5):F1}x and {P(times, 0.95) / P(floor, 0.95):F1}x the floor)");
    }
}
