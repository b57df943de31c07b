namespace Safeguarding.Testing;

internal static class TestDirectories
{
    /// <summary>A fresh folder under /tmp: short paths keep unix socket names within their limit.</summary>
    public static string Create(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sg-{prefix}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A server may still be releasing a file; the folder is under /tmp.
        }
    }
}
