using System;
using System.Collections.Generic;
using RedHatApi.Session;

namespace RedHatApi.Models.Session;

/// <summary>What Get-RedHatApiSession shows about one credential. It never holds a secret.</summary>
public sealed class RedHatApiCredential
{
    internal RedHatApiCredential(
        string clientId, CredentialKind kind, IReadOnlyList<ApiName> apis, DateTimeOffset? accessTokenExpiresAt,
        DateTimeOffset? lastRefresh, int refreshCount, string? lastError, DateTimeOffset addedAt)
    {
        ClientId = clientId;
        Kind = kind;
        Apis = apis;
        AccessTokenExpiresAt = accessTokenExpiresAt;
        LastRefresh = lastRefresh;
        RefreshCount = refreshCount;
        LastError = lastError;
        AddedAt = addedAt;
    }

    /// <summary>The SSO client the credential belongs to (rhsm-api, cloud-services, a service account id).</summary>
    public string ClientId { get; }

    /// <summary>Offline token, client credentials or static access token.</summary>
    public CredentialKind Kind { get; }

    /// <summary>The APIs this credential is used for.</summary>
    public IReadOnlyList<ApiName> Apis { get; }

    /// <summary>When the current access token expires; null before the first request.</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; }

    /// <summary>When the last access token was obtained.</summary>
    public DateTimeOffset? LastRefresh { get; }

    /// <summary>Grants performed for this credential.</summary>
    public int RefreshCount { get; }

    /// <summary>The message of the last failed grant, cleared by the next success.</summary>
    public string? LastError { get; }

    /// <summary>When Connect-RedHatApi added the credential.</summary>
    public DateTimeOffset AddedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ClientId} ({Kind})";
}
