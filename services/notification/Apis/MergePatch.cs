using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>JSON merge patch (RFC 7396): objects merge member by member, null removes a member, anything else replaces.</summary>
public static class MergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonElement patch)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            return JsonNode.Parse(patch.GetRawText());
        }

        var result = target is JsonObject existing ? (JsonObject)existing.DeepClone() : new JsonObject();
        foreach (var member in patch.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                result.Remove(member.Name);
            }
            else
            {
                result[member.Name] = Apply(result[member.Name], member.Value);
            }
        }

        return result;
    }
}
