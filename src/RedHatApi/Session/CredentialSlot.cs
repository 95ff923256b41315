using System;
using System.Collections.Generic;
using RedHatApi.Auth;
using RedHatApi.Models.Session;

namespace RedHatApi.Session;

/// <summary>
/// One credential of a session: its SSO client id, how it gets tokens, and the APIs it serves. A session holds
/// several, because RHSM wants rhsm-api tokens and the console APIs want cloud-services tokens.
/// </summary>
internal sealed class CredentialSlot : IDisposable
{
    internal CredentialSlot(string clientId, CredentialKind kind, IReadOnlyList<ApiName> apis, TokenCache tokens)
    {
        ClientId = clientId;
        Kind = kind;
        Apis = apis;
        Tokens = tokens;
        AddedAt = DateTimeOffset.UtcNow;
    }

    internal string ClientId { get; }

    internal CredentialKind Kind { get; }

    internal IReadOnlyList<ApiName> Apis { get; }

    internal TokenCache Tokens { get; }

    internal DateTimeOffset AddedAt { get; }

    /// <summary>A secret-free snapshot for Get-RedHatApiSession.</summary>
    internal RedHatApiCredential Describe() => new(
        ClientId, Kind, Apis, Tokens.ExpiresAt, Tokens.LastRefresh, Tokens.RefreshCount, Tokens.LastError, AddedAt);

    public void Dispose() => Tokens.Dispose();
}
