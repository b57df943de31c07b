using System.Diagnostics;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.ServiceDefaults.Tests;

public sealed partial class RedactionTests
{
    private const string ChildName = "Amelia Testchild";

    [Fact]
    public void Child_identifying_log_parameters_and_properties_are_erased_and_the_rest_kept()
    {
        using var host = Host(out var logs);
        var logger = host.Services.GetRequiredService<ILogger<RedactionTests>>();

        ChildRecorded(logger, "notification-42", ChildName);
        CaseLogged(logger, new CaseLogView { NotificationId = "notification-43", ChildName = ChildName, Nature = "serious-harm" });

        var records = logs.GetSnapshot();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.DoesNotContain(ChildName, Describe(r)));
        Assert.Equal("notification-42", records[0].GetStructuredStateValue("NotificationId"));
        Assert.Equal("", records[0].GetStructuredStateValue("childName"));
        Assert.Equal("serious-harm", records[1].GetStructuredStateValue("view.Nature"));
        Assert.Equal("", records[1].GetStructuredStateValue("view.ChildName"));
    }

    [Fact]
    public void Query_strings_are_erased_from_spans_but_paths_are_kept()
    {
        using var host = Host(out _);
        var processor = new RedactingActivityProcessor(host.Services.GetRequiredService<IRedactorProvider>());
        using var activity = new Activity("GET /api/notifications").Start();
        activity.SetTag("url.path", "/api/notifications");
        activity.SetTag("url.query", "?search=" + ChildName);
        activity.SetTag("url.full", "http://localhost/api/notifications?search=" + ChildName);
        activity.Stop();

        processor.OnEnd(activity);

        Assert.Equal("/api/notifications", activity.GetTagItem("url.path"));
        Assert.Equal("", activity.GetTagItem("url.query"));
        Assert.Equal("http://localhost/api/notifications?", activity.GetTagItem("url.full"));
    }

    private static IHost Host(out FakeLogCollector logs)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.AddSafeguardingRedaction();
        var host = builder.Build();
        logs = host.Services.GetFakeLogCollector();
        return host;
    }

    private static string Describe(FakeLogRecord record) =>
        record.Message + " " + string.Join(" ", record.StructuredState?.Select(p => p.Key + "=" + p.Value) ?? []);

    [LoggerMessage(Level = LogLevel.Information, Message = "Child recorded on {NotificationId}")]
    private static partial void ChildRecorded(ILogger logger, string notificationId, [ChildIdentifying] string childName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case logged")]
    private static partial void CaseLogged(ILogger logger, [LogProperties] CaseLogView view);

    public sealed class CaseLogView
    {
        public required string NotificationId { get; init; }

        [ChildIdentifying]
        public required string ChildName { get; init; }

        public required string Nature { get; init; }
    }
}
