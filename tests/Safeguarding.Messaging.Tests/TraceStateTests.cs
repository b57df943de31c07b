namespace Safeguarding.Messaging.Tests;

public sealed class TraceStateTests
{
    [Fact]
    public void A_trace_state_within_the_limit_is_kept_as_it_is()
    {
        Assert.Null(TraceStates.Bounded(null));
        Assert.Equal("congo=t61rcWkgMzE,rojo=00f067aa0ba902b7", TraceStates.Bounded("congo=t61rcWkgMzE,rojo=00f067aa0ba902b7"));
    }

    [Fact]
    public void A_long_trace_state_keeps_whole_members_in_order_up_to_512_characters_dropping_oversized_ones()
    {
        var oversized = "big=" + new string('x', 200);
        var members = Enumerable.Range(0, 40).Select(i => $"v{i:00}={new string('a', 20)}").ToList();
        var bounded = TraceStates.Bounded(string.Join(',', members.Prepend(oversized)))!;

        Assert.True(bounded.Length <= TraceStates.MaxLength);
        Assert.DoesNotContain("big=", bounded);
        var kept = bounded.Split(',');
        Assert.Equal(members.Take(kept.Length), kept);
        Assert.True(bounded.Length + members[kept.Length].Length + 1 > TraceStates.MaxLength);
    }

    [Fact]
    public void A_trace_state_of_one_huge_member_is_dropped()
    {
        Assert.Null(TraceStates.Bounded("x=" + new string('y', 5000)));
    }
}
