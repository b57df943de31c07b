namespace Safeguarding.AppHost.LocalServers;

/// <summary>Marks a resource to be started again when it exits unasked.</summary>
public sealed class RestartOnExitAnnotation : IResourceAnnotation
{
    /// <summary>The dashboard property that counts the restarts.</summary>
    public const string RestartsProperty = "safeguarding.restarts";
}

public static class RestartOnExitExtensions
{
    /// <summary>
    /// Starts the resource again (after 1 s, doubling to 30 s, reset once it has run for a minute)
    /// whenever it exits without being asked to: a crash, a kill, any exit code. The orchestrator
    /// leaves such a resource finished for good. A stop from the dashboard, or the app host
    /// stopping, is respected.
    /// </summary>
    public static IResourceBuilder<T> WithRestartOnExit<T>(this IResourceBuilder<T> builder) where T : IResource
    {
        builder.ApplicationBuilder.AddResourceWatcher<RestartSupervisor>();
        return builder.WithAnnotation(new RestartOnExitAnnotation(), ResourceAnnotationMutationBehavior.Replace);
    }
}
