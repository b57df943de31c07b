using System.Globalization;
using System.Text.RegularExpressions;
using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>One row of a child population file read into an estimate, or null with its problems given by row and column.</summary>
internal static partial class PopulationRow
{
    public static ChildPopulation? Read(int number, string[] cells, IReadOnlyDictionary<string, int> columns, PopulationProblems problems)
    {
        string Cell(string column) => columns[column] < cells.Length ? cells[columns[column]].Trim() : "";
        var ok = true;
        void Problem(string column, string message)
        {
            ok = false;
            problems.Add($"row {number}, {column}", message);
        }

        var code = Cell(PopulationColumns.AreaCode).ToUpperInvariant();
        if (!AreaCode().IsMatch(code))
            Problem(PopulationColumns.AreaCode, "The area code must be an official nine-character code, such as E06000047.");
        var name = Cell(PopulationColumns.AreaName);
        if (name.Length is 0 or > 200)
            Problem(PopulationColumns.AreaName, "The area name must be given, in at most 200 characters.");
        if (!int.TryParse(Cell(PopulationColumns.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            Problem(PopulationColumns.Year, "The year must be a year from 1990 to 2100, such as 2024.");
        if (!int.TryParse(Cell(PopulationColumns.Population), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var population)
            || population is < 0 or > 20_000_000)
            Problem(PopulationColumns.Population, "The population must be a whole number of children from 0 to 20,000,000.");
        return ok ? new ChildPopulation { AreaCode = code, AreaName = name, Year = year, Population = population } : null;
    }

    [GeneratedRegex("^[EWSNK][0-9]{8}$")]
    private static partial Regex AreaCode();
}
