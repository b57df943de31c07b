namespace Safeguarding.Publication.Api.Imports;

/// <summary>Turns a spreadsheet's date serial number (days counted from 1900, or from 1904 in old Mac workbooks) into a day.</summary>
internal static class SerialDate
{
    private const double Largest = 2958465 - 1462;

    /// <summary>The day the serial number stands for, ignoring any time of day; null when no real day has it.</summary>
    public static DateOnly? ToDay(double serial, bool date1904 = false)
    {
        if (double.IsNaN(serial) || serial < 1 || serial >= Largest)
            return null;
        var day = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        return date1904 ? day.AddDays(1462) : day;
    }
}
