namespace Safeguarding.AppHost;

public static class DevelopmentClockFile
{
    /// <summary>
    /// With <c>--Clock:File=&lt;path&gt;</c> on the run command, every project is given that file as
    /// its shared development clock (<c>Clock__File</c>: the shift from the system clock, which each
    /// service in Development reads again when it changes), so a training run can move the whole
    /// system to another day at once.
    /// </summary>
    public static void ShareDevelopmentClock(this IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsRunMode || builder.Configuration["Clock:File"] is not { Length: > 0 } file)
        {
            return;
        }

        var path = Path.GetFullPath(file);
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project).WithEnvironment("Clock__File", path);
        }
    }
}
