using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// JSON shapes of the Assisted Installer API v2 (assisted-service-swagger.yaml), internal so System.Text.Json types
// and wire names never reach the public models. Each resource has its own AssistedWire.<Resource>.cs.

/// <summary>The two error bodies: handler errors (<c>error</c>) and authentication/validation errors (<c>infra_error</c>).</summary>
internal static class AssistedErrorBody
{
    /// <summary>
    /// The human text of either shape: <c>reason</c> of <c>{"kind":"Error","id":404,"code":"404","reason":…}</c>, or
    /// <c>message</c> of <c>{"code":401,"message":…}</c>.
    /// </summary>
    internal static string? Message(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in new[] { "reason", "message" })
        {
            if (root.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String)
            {
                return text.GetString();
            }
        }

        return null;
    }

    /// <summary>The API's own code: the string <c>code</c> of a handler error, the integer <c>code</c> (601, 602…) of a validation error.</summary>
    internal static string? Code(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var code)
            ? code.ValueKind switch
            {
                JsonValueKind.String => code.GetString(),
                JsonValueKind.Number => code.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>One entry of a <c>validations_info</c> group.</summary>
internal sealed class AssistedValidationWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
