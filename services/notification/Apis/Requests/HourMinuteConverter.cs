using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>
/// A time of day written exactly HH:mm, as the national form asks for it. The framework's own
/// reading would also take seconds and fractions, which the notification does not keep.
/// </summary>
public sealed class HourMinuteConverter : JsonConverter<TimeOnly>
{
    private const string Format = "HH:mm";

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && TimeOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException("A time of day must be written HH:mm.");

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
