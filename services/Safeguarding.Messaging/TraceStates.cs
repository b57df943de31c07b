namespace Safeguarding.Messaging;

/// <summary>
/// W3C trace context lets a caller send any <c>tracestate</c>; an event carries at most 512
/// characters of it, as the specification allows: whole list members are kept in order while they
/// fit, and a member over 128 characters is dropped first.
/// </summary>
public static class TraceStates
{
    public const int MaxLength = 512;
    private const int MaxMemberLength = 128;

    public static string? Bounded(string? traceState)
    {
        if (traceState is null || traceState.Length <= MaxLength)
        {
            return traceState;
        }

        var kept = new List<string>();
        var length = 0;
        foreach (var member in traceState.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var added = member.Length + (kept.Count > 0 ? 1 : 0);
            if (member.Length <= MaxMemberLength && length + added <= MaxLength)
            {
                kept.Add(member);
                length += added;
            }
        }

        return kept.Count == 0 ? null : string.Join(',', kept);
    }
}
