using System.Reflection;
using System.Runtime.Versioning;

namespace Safeguarding.AppHost;

public static class BuiltOutputLaunch
{
    /// <summary>
    /// Starts the project from the output the app host's build already made (<c>dotnet
    /// &lt;project&gt;.dll</c> in the project's folder) rather than through <c>dotnet run --no-build</c>,
    /// which evaluates the project file again on every start: about 3 CPU-seconds per service. When
    /// that output is missing (a project built in another configuration), it falls back to
    /// <c>dotnet run</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> FromBuiltOutput(this IResourceBuilder<ProjectResource> project)
    {
        var projectPath = project.Resource.GetProjectMetadata().ProjectPath;
        var directory = Path.GetDirectoryName(projectPath)!;
        var assembly = Path.Combine(directory, OutputFolder, Path.GetFileNameWithoutExtension(projectPath) + ".dll");
        if (!File.Exists(assembly))
        {
            return project;
        }

        return project
            .WithAnnotation(new ExecutableAnnotation { Command = "dotnet", WorkingDirectory = directory }, ResourceAnnotationMutationBehavior.Replace)
            .WithArgs(assembly);
    }

    // bin/<configuration>/<framework>, as the app host itself was built: the solution builds every
    // project in one configuration and for one framework.
    private static string OutputFolder
    {
        get
        {
            var appHost = typeof(BuiltOutputLaunch).Assembly;
            var configuration = appHost.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var framework = appHost.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
            var version = new FrameworkName(framework).Version;
            return Path.Combine("bin", configuration, $"net{version.Major}.{version.Minor}");
        }
    }
}
