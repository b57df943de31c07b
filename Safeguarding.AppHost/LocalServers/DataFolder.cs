using System.Reflection;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// Where the local servers keep their data: <c>AppHost:DataDirectory</c>, or <c>.data/</c> at the
/// repository root (git-ignored). Files that hold a secret are created owner-only, never made so
/// afterwards.
/// </summary>
public static class DataFolder
{
    public static string Resolve(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration["AppHost:DataDirectory"];
        var path = Path.GetFullPath(configured is { Length: > 0 } ? configured : Path.Combine(RepositoryRoot, ".data"));
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public static string RepositoryRoot =>
        typeof(DataFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The app host was built without its repository root.");

    /// <summary>Writes <paramref name="content"/> to a new file that only its owner can read.</summary>
    public static void WriteSecret(string path, string content)
    {
        File.Delete(path);
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }

    public static bool IsRoot => Environment.IsPrivilegedProcess;
}
