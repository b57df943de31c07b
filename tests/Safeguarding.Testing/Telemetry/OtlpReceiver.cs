using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeguarding.Testing.Telemetry.Otlp;

namespace Safeguarding.Testing.Telemetry;

/// <summary>Receives OTLP/HTTP protobuf exports (<c>/v1/traces</c>, <c>/v1/logs</c>, <c>/v1/metrics</c>) from the services.</summary>
public static class OtlpReceiver
{
    public static IEndpointRouteBuilder MapOtlpReceiver(this IEndpointRouteBuilder endpoints, TelemetryStore store)
    {
        endpoints.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            if (await ReadAsync(request, ExportTraceServiceRequest.Parser) is not { } export)
            {
                return Results.Problem(title: "Not an OTLP protobuf trace export", statusCode: StatusCodes.Status400BadRequest);
            }

            store.Add(export.ResourceSpans.SelectMany(ToSpans));
            return Results.Bytes(new ExportTraceServiceResponse().ToByteArray(), "application/x-protobuf");
        });
        endpoints.MapPost("/v1/logs", async (HttpRequest request) =>
        {
            if (await ReadAsync(request, ExportLogsServiceRequest.Parser) is not { } export)
            {
                return Results.Problem(title: "Not an OTLP protobuf log export", statusCode: StatusCodes.Status400BadRequest);
            }

            store.Add(export.ResourceLogs.SelectMany(ToLogs));
            return Results.Bytes(new ExportLogsServiceResponse().ToByteArray(), "application/x-protobuf");
        });
        endpoints.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            if (await ReadAsync(request, ExportMetricsServiceRequest.Parser) is not { } export)
            {
                return Results.Problem(title: "Not an OTLP protobuf metrics export", statusCode: StatusCodes.Status400BadRequest);
            }

            store.Add(export.ResourceMetrics.SelectMany(ToMetricPoints));
            return Results.Bytes(new ExportMetricsServiceResponse().ToByteArray(), "application/x-protobuf");
        });
        return endpoints;
    }

    private static IEnumerable<MetricPoint> ToMetricPoints(ResourceMetrics resource)
    {
        var service = ServiceName(resource.Resource);
        foreach (var metric in resource.ScopeMetrics.SelectMany(s => s.Metrics))
        {
            var points = metric.DataCase switch
            {
                Metric.DataOneofCase.Gauge => metric.Gauge.DataPoints,
                Metric.DataOneofCase.Sum => metric.Sum.DataPoints,
                _ => null,
            };
            if (points is null || points.Count == 0)
            {
                continue;
            }

            // Several series (attribute sets) of one metric are summed: tests ask for totals.
            yield return new MetricPoint(service, metric.Name, FromUnixNanos(points.Max(p => p.TimeUnixNano)),
                points.Sum(p => p.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? p.AsInt : p.AsDouble),
                points[0].Attributes.ToDictionary(a => a.Key, a => Text(a.Value)));
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request, MessageParser<T> parser) where T : class, IMessage<T>
    {
        if (request.ContentType?.StartsWith("application/x-protobuf", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        try
        {
            return parser.ParseFrom(buffer.ToArray());
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }

    private static IEnumerable<SpanRecord> ToSpans(ResourceSpans resource)
    {
        var service = ServiceName(resource.Resource);
        foreach (var scope in resource.ScopeSpans)
        {
            foreach (var span in scope.Spans)
            {
                if (span.TraceId.Length != 16 || span.SpanId.Length != 8)
                {
                    continue;
                }

                yield return new SpanRecord(
                    Convert.ToHexStringLower(span.TraceId.Span),
                    Convert.ToHexStringLower(span.SpanId.Span),
                    span.ParentSpanId.Length == 8 ? Convert.ToHexStringLower(span.ParentSpanId.Span) : null,
                    service,
                    scope.Scope?.Name ?? "",
                    span.Name,
                    span.Kind.ToString().Replace("SpanKind", "", StringComparison.Ordinal),
                    FromUnixNanos(span.StartTimeUnixNano),
                    (span.EndTimeUnixNano - span.StartTimeUnixNano) / 1_000_000.0,
                    span.Status?.Code.ToString().Replace("StatusCode", "", StringComparison.Ordinal) ?? "Unset",
                    span.Attributes.ToDictionary(a => a.Key, a => Text(a.Value)));
            }
        }
    }

    private static IEnumerable<LogRecordView> ToLogs(ResourceLogs resource)
    {
        var service = ServiceName(resource.Resource);
        foreach (var scope in resource.ScopeLogs)
        {
            foreach (var log in scope.LogRecords)
            {
                yield return new LogRecordView(
                    FromUnixNanos(log.TimeUnixNano != 0 ? log.TimeUnixNano : log.ObservedTimeUnixNano),
                    service,
                    string.IsNullOrEmpty(log.SeverityText) ? SeverityName(log.SeverityNumber) : log.SeverityText,
                    Text(log.Body),
                    log.TraceId.Length == 16 ? Convert.ToHexStringLower(log.TraceId.Span) : null,
                    log.SpanId.Length == 8 ? Convert.ToHexStringLower(log.SpanId.Span) : null);
            }
        }
    }

    private static string ServiceName(Otlp.Resource? resource) =>
        resource?.Attributes.FirstOrDefault(a => a.Key == "service.name") is { } name ? Text(name.Value) : "unknown";

    private static string SeverityName(int number) => number switch
    {
        >= 21 => "Critical",
        >= 17 => "Error",
        >= 13 => "Warning",
        >= 9 => "Information",
        >= 5 => "Debug",
        >= 1 => "Trace",
        _ => "Unspecified",
    };

    private static DateTimeOffset FromUnixNanos(ulong nanos) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(nanos / 100));

    private static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Text)) + "]",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToHexStringLower(value.BytesValue.Span),
        _ => "",
    };
}
