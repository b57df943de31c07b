namespace Safeguarding.Web.Screens;

/// <summary>A date typed into the design system's date input: day, month and year boxes.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, when the three boxes make a real one.</summary>
    public DateOnly? Value =>
        int.TryParse(Day, out var d) && int.TryParse(Month, out var m) && int.TryParse(Year, out var y)
        && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>A date typed but not a real one is the form's own error; a blank one is the platform's to judge.</summary>
    public void Check(string path, string label, FormErrors errors)
    {
        if (!IsEmpty && Value is null)
        {
            errors.Add(path, $"{label} must be a real date");
        }
    }
}
