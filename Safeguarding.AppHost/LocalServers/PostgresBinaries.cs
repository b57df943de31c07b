namespace Safeguarding.AppHost.LocalServers;

internal static class PostgresBinaries
{
    /// <summary>The newest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c> holding a server.</summary>
    public static string Directory
    {
        get
        {
            var candidates = System.IO.Directory.Exists("/usr/lib/postgresql")
                ? System.IO.Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
            return candidates.Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
                ?? throw new InvalidOperationException("PostgreSQL server binaries were not found under /usr/lib/postgresql: install the Debian package 'postgresql'.");
        }
    }
}
