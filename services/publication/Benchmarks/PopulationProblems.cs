namespace Safeguarding.Publication.Api.Benchmarks;

/// <summary>What is wrong with a child population file, by "row N, column" or "file"; the first <c>limit</c> of them.</summary>
internal sealed class PopulationProblems(int limit)
{
    private readonly Dictionary<string, List<string>> problems = [];
    private int count;

    public bool IsEmpty => count == 0;

    public IReadOnlyDictionary<string, string[]> All => problems.ToDictionary(p => p.Key, p => p.Value.ToArray());

    public void Add(string key, string message)
    {
        if (++count > limit)
            return;
        if (!problems.TryGetValue(key, out var messages))
            problems[key] = messages = [];
        messages.Add(message);
    }
}
