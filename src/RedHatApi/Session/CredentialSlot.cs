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
    private IReadOnlyList<ApiName> _apis;

    internal CredentialSlot(string clientId, CredentialKind kind, IReadOnlyList<ApiName> apis, TokenCache tokens)
    {
        ClientId = clientId;
        Kind = kind;
        _apis = apis;
        Tokens = tokens;
        AddedAt = DateTimeOffset.UtcNow;
    }

    internal string ClientId { get; }

    internal CredentialKind Kind { get; }

    /// <summary>The APIs the credential serves; Disconnect-RedHatApi -Connection takes one away.</summary>
    internal IReadOnlyList<ApiName> Apis => System.Threading.Volatile.Read(ref _apis);

    internal TokenCache Tokens { get; }

    internal DateTimeOffset AddedAt { get; }

    /// <summary>Stops serving <paramref name="api"/>; returns false when the credential then serves nothing.</summary>
    internal bool Drop(ApiName api)
    {
        var rest = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Where(Apis, a => a != api));
        System.Threading.Volatile.Write(ref _apis, rest);
        return rest.Count > 0;
    }

    /// <summary>A secret-free snapshot for Get-RedHatApiSession.</summary>
    internal RedHatApiCredential Describe() => new(
        ClientId, Kind, Apis, Tokens.ExpiresAt, Tokens.LastRefresh, Tokens.RefreshCount, Tokens.LastError, AddedAt);

    public void Dispose() => Tokens.Dispose();
}
