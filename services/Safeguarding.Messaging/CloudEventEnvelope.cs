using System.Text.Json;

namespace Safeguarding.Messaging;

/// <summary>A CloudEvents 1.0 event in the structured JSON content mode.</summary>
public sealed record CloudEventEnvelope(Guid Id, string Source, string Type, string? Subject, DateTimeOffset Time, JsonElement Data)
{
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("specversion", "1.0");
            writer.WriteString("id", Id);
            writer.WriteString("source", Source);
            writer.WriteString("type", Type);
            if (Subject is not null)
            {
                writer.WriteString("subject", Subject);
            }

            writer.WriteString("time", Time);
            writer.WriteString("datacontenttype", "application/json");
            writer.WritePropertyName("data");
            Data.WriteTo(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Reads an envelope; null when the body is not a CloudEvents 1.0 JSON event we can use.</summary>
    public static CloudEventEnvelope? TryParse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("specversion", out var version) || version.GetString() != "1.0"
                || !root.TryGetProperty("id", out var id) || !Guid.TryParse(id.GetString(), out var eventId)
                || !root.TryGetProperty("type", out var type) || type.GetString() is not { Length: > 0 } typeName
                || !root.TryGetProperty("source", out var source)
                || !root.TryGetProperty("data", out var data))
            {
                return null;
            }

            var subject = root.TryGetProperty("subject", out var s) ? s.GetString() : null;
            var time = root.TryGetProperty("time", out var t) && t.TryGetDateTimeOffset(out var parsed) ? parsed : DateTimeOffset.MinValue;
            return new CloudEventEnvelope(eventId, source.GetString() ?? "", typeName, subject, time, data.Clone());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    public override string ToString() => $"{Type} {Id}";

}
