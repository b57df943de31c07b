namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>Where each column of a child population file is, from its header row; null, with the problem, when one is missing.</summary>
internal static class PopulationHeader
{
    public static IReadOnlyDictionary<string, int>? Read(string[] header, PopulationProblems problems)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            if (PopulationColumns.Find(header[i]) is { } column && !columns.TryAdd(column, i))
                problems.Add("file", $"The header names the column \"{column}\" twice.");
        }
        var missing = PopulationColumns.All.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            problems.Add("file", $"The header (row 1) has no column {string.Join(", ", missing.Select(m => $"\"{m}\""))}; "
                + $"the columns are: {string.Join(", ", PopulationColumns.All)}.");
        return problems.IsEmpty ? columns : null;
    }
}
