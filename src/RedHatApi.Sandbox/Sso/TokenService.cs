using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RedHatApi.Sandbox.Sso;

/// <summary>
/// Mints and checks tokens the way Red Hat SSO (Keycloak) shapes them: JWTs whose payload names the client in
/// <c>azp</c>, offline tokens with <c>typ</c> Offline and <c>exp</c> 0. Signed with HMAC from the seed, so the same
/// seed prints the same offline tokens and users can paste them into scripts.
/// </summary>
public sealed class TokenService
{
    /// <summary>Client id of the seeded console service account.</summary>
    public const string ServiceAccountId = "sandbox-service-account";

    private readonly byte[] _key;
    private readonly SsoOptions _options;
    private readonly int _seed;
    private readonly ConcurrentDictionary<string, OfflineState> _offline = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AccessState> _access = new(StringComparer.Ordinal);
    private int _counter;

    public TokenService(SsoOptions options, int seed, Uri issuerBase)
    {
        _options = options;
        _seed = seed;
        Issuer = new Uri(issuerBase, "auth/realms/redhat-external").AbsoluteUri;
        _key = SHA256.HashData(Encoding.UTF8.GetBytes("redhatapi-sandbox-" + seed));
        ServiceAccountSecret = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("secret-" + seed)))[..32].ToLowerInvariant();
        RhsmOfflineToken = MintOffline("rhsm-api", DeterministicId("rhsm-api"));
        ConsoleOfflineToken = MintOffline("cloud-services", DeterministicId("cloud-services"));
    }

    public string Issuer { get; }

    /// <summary>The seeded offline token of the rhsm-api client.</summary>
    public string RhsmOfflineToken { get; }

    /// <summary>The seeded offline token of the cloud-services client.</summary>
    public string ConsoleOfflineToken { get; }

    /// <summary>Secret of <see cref="ServiceAccountId"/>.</summary>
    public string ServiceAccountSecret { get; }

    /// <summary>Why an offline token cannot be refreshed for a client, or null with the token's client when it can.</summary>
    public (string? Error, string? Client) CheckOffline(string token, string clientId)
    {
        if (!_offline.TryGetValue(token, out var state))
        {
            return ("Invalid refresh token", null);
        }

        if (state.Revoked)
        {
            return ("Offline user session not found", state.Client);
        }

        if (state.Stale)
        {
            return ("Stale token", state.Client);
        }

        return state.Client == clientId ? (null, state.Client) : ("Unmatching clients", state.Client);
    }

    /// <summary>The refresh token to hand back: the same one, or with rotation a new one that makes the old stale.</summary>
    public string NextRefreshToken(string token)
    {
        if (!_options.RotateRefreshTokens || !_offline.TryGetValue(token, out var state))
        {
            return token;
        }

        state.Stale = true;
        return MintOffline(state.Client, Guid.NewGuid().ToString());
    }

    public bool Revoke(string token)
    {
        if (_offline.TryGetValue(token, out var state))
        {
            state.Revoked = true;
            return true;
        }

        return false;
    }

    /// <summary>A fresh access token for a client; valid for the configured lifetime.</summary>
    public (string Token, int ExpiresIn) MintAccess(string clientId)
    {
        var lifetime = _options.AccessTokenLifetime;
        var now = DateTimeOffset.UtcNow;
        var expires = now + lifetime;
        var n = System.Threading.Interlocked.Increment(ref _counter);
        var token = Sign(new
        {
            exp = expires.ToUnixTimeSeconds(),
            iat = now.ToUnixTimeSeconds(),
            jti = Guid.NewGuid().ToString(),
            iss = Issuer,
            typ = "Bearer",
            azp = clientId,
            sub = "sandbox-user",
            scope = "openid offline_access",
            n,
        });
        _access[token] = new AccessState(clientId, expires);
        return (token, (int)Math.Ceiling(lifetime.TotalSeconds));
    }

    /// <summary>The client an access token belongs to, or null when it is unknown or expired.</summary>
    public string? ClientOfAccessToken(string token) =>
        _access.TryGetValue(token, out var state) && state.ExpiresAt > DateTimeOffset.UtcNow ? state.Client : null;

    /// <summary>Forgets rotation, revocation and access tokens (reset), keeping the seeded offline tokens.</summary>
    public void Reset()
    {
        _access.Clear();
        foreach (var key in _offline.Keys)
        {
            if (key != RhsmOfflineToken && key != ConsoleOfflineToken)
            {
                _offline.TryRemove(key, out _);
            }
        }

        foreach (var state in _offline.Values)
        {
            state.Revoked = false;
            state.Stale = false;
        }
    }

    private string MintOffline(string clientId, string id)
    {
        var token = Sign(new
        {
            exp = 0,
            iat = 1700000000,
            jti = id,
            iss = Issuer,
            aud = clientId,
            sub = "sandbox-user",
            typ = "Offline",
            azp = clientId,
            scope = "offline_access",
        });
        _offline[token] = new OfflineState(clientId);
        return token;
    }

    private string DeterministicId(string clientId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(clientId + "/" + _seed));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    private string Sign(object payload)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(header + "." + body)));
        return header + "." + body + "." + signature;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class OfflineState(string client)
    {
        public string Client { get; } = client;

        public bool Revoked { get; set; }

        public bool Stale { get; set; }
    }

    private sealed record AccessState(string Client, DateTimeOffset ExpiresAt);
}
