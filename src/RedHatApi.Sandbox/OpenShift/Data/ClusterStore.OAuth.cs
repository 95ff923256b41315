using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Sandbox.OpenShift;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// The cluster's OAuth server state: an htpasswd-style identity provider with seeded users, and the sha256~ access
/// tokens password logins were given (oauthaccesstokens), which authenticate against the API as their user until
/// they expire or are revoked.
/// </summary>
public sealed partial class ClusterStore
{
    /// <summary>The kubeadmin user logs in as kube:admin, as on a fresh OpenShift cluster.</summary>
    public const string KubeadminUser = "kubeadmin";

    /// <summary>An ordinary user of the htpasswd identity provider (the same person as <see cref="DeveloperToken"/>).</summary>
    public const string DeveloperUser = "developer";

    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OAuthToken> _oauthTokens = new(StringComparer.Ordinal);
    private int _logins;
    private int _failedLogins;

    /// <summary>Successful password logins since the last reseed (each one minted a token).</summary>
    public int Logins
    {
        get
        {
            lock (_gate)
            {
                return _logins;
            }
        }
    }

    /// <summary>Password logins rejected with 401 since the last reseed.</summary>
    public int FailedLogins
    {
        get
        {
            lock (_gate)
            {
                return _failedLogins;
            }
        }
    }

    /// <summary>The seeded users and their passwords, for /_sandbox/credentials.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OAuthUsers
    {
        get
        {
            lock (_gate)
            {
                return _passwords.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>
    /// The challenging client's Basic login: a new token for the user, valid for the configured lifetime, or null
    /// (401) for an unknown user or a wrong password.
    /// </summary>
    public (string Token, int ExpiresIn)? Login(string user, string password)
    {
        lock (_gate)
        {
            if (!_passwords.TryGetValue(user, out var expected) || !string.Equals(expected, password, StringComparison.Ordinal))
            {
                _failedLogins++;
                return null;
            }

            _logins++;
            var lifetime = Math.Max(1, _options.OAuthTokenLifetimeSeconds);
            var token = "sha256~" + RandomText(43);
            _oauthTokens[token] = new OAuthToken(user, DateTimeOffset.UtcNow.AddSeconds(lifetime));
            return (token, lifetime);
        }
    }

    /// <summary>Sets (or adds) a user's password, as an admin editing the htpasswd secret; true when the user existed.</summary>
    public bool SetPassword(string user, string password)
    {
        lock (_gate)
        {
            var existed = _passwords.ContainsKey(user);
            _passwords[user] = password;
            return existed;
        }
    }

    /// <summary>Deletes every OAuth access token (oc delete oauthaccesstokens --all): their next request is 401.</summary>
    public int RevokeOAuthTokens()
    {
        lock (_gate)
        {
            var count = _oauthTokens.Count;
            _oauthTokens.Clear();
            return count;
        }
    }

    private void SeedOAuth()
    {
        _passwords.Clear();
        _oauthTokens.Clear();
        _logins = 0;
        _failedLogins = 0;

        // kubeadmin's password has the installer's shape: four groups of five characters.
        _passwords[KubeadminUser] = string.Join("-", Enumerable.Range(0, 4).Select(_ => RandomSuffix().ToUpperInvariant()));
        _passwords[DeveloperUser] = "dev-" + RandomText(16);
    }

    /// <summary>The user behind a live OAuth token; null for tokens that are unknown (or revoked) or expired.</summary>
    private ClusterIdentity? AuthenticateOAuth(string token)
    {
        if (!_oauthTokens.TryGetValue(token, out var issued) || issued.ExpiresAt <= DateTimeOffset.UtcNow)
        {
            return null;
        }

        return issued.User == KubeadminUser
            ? new ClusterIdentity("kube:admin", string.Empty, OpenShiftAdminGroups, true, Empty)
            : new ClusterIdentity(issued.User, issued.User == DeveloperUser ? "5d1f3c1e-8c0f-4f53-9a55-2b0b1c7e9d10" : string.Empty, DeveloperGroups, false, Empty);
    }

    private sealed record OAuthToken(string User, DateTimeOffset ExpiresAt);
}
