using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguarding.Statutory;

/// <summary>
/// Reads bank holidays from data shaped like the GOV.UK bank-holidays feed for one division, so the
/// list can be replaced when new years are announced without changing code.
/// </summary>
public static class BankHolidayData
{
    private const string ResourceName = "bank-holidays-england-and-wales.json";

    public static WorkingDayCalendar LoadEmbedded()
    {
        using var stream = typeof(BankHolidayData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Load(stream);
    }

    public static WorkingDayCalendar LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static WorkingDayCalendar Load(Stream json)
    {
        var document = JsonSerializer.Deserialize<Document>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("The bank-holiday data is empty.");
        if (document.Events is null || document.CoveredFrom is null || document.CoveredTo is null)
        {
            throw new InvalidDataException("The bank-holiday data needs coveredFrom, coveredTo and events.");
        }

        return new WorkingDayCalendar(
            document.Events.Select(e => new BankHoliday(e.Date, e.Title)),
            document.CoveredFrom.Value,
            document.CoveredTo.Value);
    }

    private sealed record Document(
        [property: JsonPropertyName("division")] string? Division,
        [property: JsonPropertyName("coveredFrom")] DateOnly? CoveredFrom,
        [property: JsonPropertyName("coveredTo")] DateOnly? CoveredTo,
        [property: JsonPropertyName("events")] List<Event>? Events);

    private sealed record Event(
        [property: JsonPropertyName("date")] DateOnly Date,
        [property: JsonPropertyName("title")] string Title);
}
