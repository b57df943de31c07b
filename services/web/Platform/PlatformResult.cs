namespace Safeguarding.Web.Platform;

/// <summary>What a step came to: the resource it made or changed, or the problems that stopped it.</summary>
public sealed record PlatformResult<T>(T? Value, ProblemAnswer? Problem)
{
    public static PlatformResult<T> Done(T value) => new(value, null);

    public static PlatformResult<T> Refused(ProblemAnswer problem) => new(default, problem);
}
