using System.Reflection;

namespace Safeguarding.AppHost.Hosting;

/// <summary>Where the repository is and which build configuration the app host was built with.</summary>
public static class RepositoryLayout
{
    private static string? Metadata(string key) =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value;

    public static string Root
    {
        get
        {
            var fromBuild = Metadata("RepositoryRoot");
            if (fromBuild is not null && File.Exists(Path.Combine(fromBuild, "Safeguarding.sln")))
            {
                return fromBuild;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Safeguarding.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Could not find the repository root (Safeguarding.sln).");
        }
    }

    public static string Configuration => Metadata("Configuration") ?? "Debug";

    /// <summary>The built assembly of a project: <c>bin/&lt;Configuration&gt;/net10.0/&lt;name&gt;.dll</c>.</summary>
    public static string OutputAssembly(string projectPath)
    {
        var fullPath = Path.Combine(Root, projectPath);
        var directory = Path.GetDirectoryName(fullPath)!;
        var name = Path.GetFileNameWithoutExtension(fullPath);
        return Path.Combine(directory, "bin", Configuration, "net10.0", name + ".dll");
    }
}
