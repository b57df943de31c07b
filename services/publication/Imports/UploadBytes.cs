namespace Safeguarding.Publication.Api.Imports;

/// <summary>Reads an upload into memory, stopping as soon as it is larger than the limit.</summary>
internal static class UploadBytes
{
    public static async Task<byte[]> ReadAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            for (var read = await content.ReadAsync(chunk, ct); read > 0; read = await content.ReadAsync(chunk, ct))
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                    throw new UnreadableFileException($"The file is larger than {limit / (1024 * 1024)} MB.");
            }
        }
        catch (IOException)
        {
            throw new UnreadableFileException("The file could not be read to its end.");
        }
        return buffer.ToArray();
    }
}
