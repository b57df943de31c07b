using System.Text.RegularExpressions;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>The written forms of a history date, as patterns; a time of day after a day is allowed and set aside.</summary>
internal static partial class HistoryDateForms
{
    private const string Time = @"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?";

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})" + Time + "$", RegexOptions.CultureInvariant)]
    public static partial Regex YearFirstDay();

    [GeneratedRegex(@"^(?<y>\d{4})[-/](?<m>\d{1,2})$", RegexOptions.CultureInvariant)]
    public static partial Regex YearFirstMonth();

    [GeneratedRegex(@"^(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{2}|\d{4})" + Time + "$", RegexOptions.CultureInvariant)]
    public static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?[ -](?<name>[A-Za-z]{3,9})\.?,?[ -](?<y>\d{2}|\d{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DayAndMonthName();

    [GeneratedRegex(@"^(?<name>[A-Za-z]{3,9})\.?,?[ -](?<y>\d{2}|\d{4})$", RegexOptions.CultureInvariant)]
    public static partial Regex MonthName();

    [GeneratedRegex(@"^\d{5}(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    public static partial Regex Serial();
}
