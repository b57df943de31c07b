using System.Globalization;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>
/// England's serious incident notifications and child population, shipped with the service as data
/// (<c>england-serious-incident-notifications.csv</c>) from the Department for Education's statistics.
/// </summary>
public static class EnglandStatistics
{
    public const string Source = "Department for Education, Serious incident notifications (reporting years 1 April to 31 March); "
        + "child population aged 0 to 17: the Office for National Statistics' mid-year estimates as given in the same releases.";

    public static IReadOnlyDictionary<int, EnglandYear> Years { get; } = Load();

    private static Dictionary<int, EnglandYear> Load()
    {
        using var stream = typeof(EnglandStatistics).Assembly.GetManifestResourceStream("england-serious-incident-notifications.csv")
            ?? throw new InvalidOperationException("England's figures are missing from the service.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith('#')).Skip(1)
            .Select(l => l.Split(',').Select(c => c.Length == 0 ? (int?)null : int.Parse(c, CultureInfo.InvariantCulture)).ToArray())
            .Select(c => new EnglandYear(c[0]!.Value, c[1]!.Value, c[2], c[3], c[4], c[5])).ToDictionary(y => y.Year);
    }
}
