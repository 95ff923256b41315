using System.Text.Json.Serialization;

namespace RedHatApi.Client.RunAi;

// Wire types of the token endpoints. Only the fields RedHatApi reads or sends; the rest of an answer is ignored.

/// <summary>POST /api/v1/token (deprecated), JSON.</summary>
internal sealed class RunAiV1TokenRequest
{
    [JsonPropertyName("grantType")]
    public string GrantType { get; set; } = "client_credentials";

    [JsonPropertyName("clientID")]
    public string? ClientId { get; set; }

    [JsonPropertyName("clientSecret")]
    public string? ClientSecret { get; set; }

    /// <inheritdoc />
    public override string ToString() => "v1 token request for " + ClientId;
}

/// <summary>The answer of /api/v1/token.</summary>
internal sealed class RunAiV1TokenResponse
{
    [JsonPropertyName("accessToken")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("expiresIn")]
    public int ExpiresIn { get; set; }

    /// <inheritdoc />
    public override string ToString() => "v1 token response";
}
