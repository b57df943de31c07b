using System.Text.Json;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Text checks for JSON kept as it came (a merge patch bound as a <see cref="JsonElement"/>), which
/// no typed reading has checked yet.
/// </summary>
public static class JsonText
{
    /// <summary>
    /// The path of the first string or property name that is not valid text (a lone escaped
    /// surrogate such as <c>"\udc00"</c> parses as JSON but cannot be read as a string), or null.
    /// </summary>
    public static string? FirstInvalid(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    element.GetString();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    return path.Length == 0 ? "body" : path;
                }

            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return path.Length == 0 ? "body" : path;
                    }

                    if (FirstInvalid(property.Value, path.Length == 0 ? name : $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;

            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstInvalid(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;

            default:
                return null;
        }
    }
}
