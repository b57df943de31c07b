namespace Microsoft.Extensions.Hosting;

/// <summary>Names of the activity sources and meters that Safeguarding code emits.</summary>
public static class SafeguardingTelemetry
{
    public const string MeterName = "Safeguarding";

    public static readonly string[] ActivitySourceNames =
    [
        "Safeguarding.Messaging",
        "Safeguarding.Migrations",
        "Npgsql",
        "RabbitMQ.Client.Publisher",
        "RabbitMQ.Client.Subscriber",
    ];
}
