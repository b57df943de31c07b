using System.Text.RegularExpressions;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>The written forms of a history date, as patterns; a time of day after a day is allowed and set aside.</summary>
internal static partial class HistoryDateForms
{
    private const string Time = @"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?";

    [GeneratedRegex(@"^(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})" + Time + "$", RegexOptions.CultureInvariant)]
    public static partial Regex YearFirstDay();

    [GeneratedRegex(@"^(?<y>[0-9]{4})[-/](?<m>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    public static partial Regex YearFirstMonth();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})[-/.](?<m>[0-9]{1,2})[-/.](?<y>[0-9]{2}|[0-9]{4})" + Time + "$", RegexOptions.CultureInvariant)]
    public static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})(?:st|nd|rd|th)?[ -](?<name>[A-Za-z]{3,9})\.?,?[ -](?<y>[0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DayAndMonthName();

    [GeneratedRegex(@"^(?<name>[A-Za-z]{3,9})\.?,?[ -](?<y>[0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant)]
    public static partial Regex MonthName();

    [GeneratedRegex(@"^[0-9]{5}(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    public static partial Regex Serial();
}
