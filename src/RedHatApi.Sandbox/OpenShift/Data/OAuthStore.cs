using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// The cluster's OAuth server state: an htpasswd-style identity provider with seeded users, and the sha256~ access
/// tokens password logins were given, which authenticate against the API as their user until they expire or are
/// revoked. They are also the API's oauthaccesstokens (oauth.openshift.io/v1), named like OpenShift 4.6+ names them:
/// sha256~ and the unpadded base64url SHA-256 of the token's secret part, so the name never gives the token away.
/// </summary>
public sealed class OAuthStore
{
    /// <summary>The kubeadmin user logs in as kube:admin, as on a fresh OpenShift cluster.</summary>
    public const string KubeadminUser = "kubeadmin";

    /// <summary>An ordinary user of the htpasswd identity provider (the same person as the developer token).</summary>
    public const string DeveloperUser = "developer";

    /// <summary>The client oc login and the module's password login use.</summary>
    public const string ChallengingClient = "openshift-challenging-client";

    private const string Prefix = "sha256~";

    private readonly ClusterCore _core;
    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OAuthToken> _tokens = new(StringComparer.Ordinal);
    private int _logins;
    private int _failedLogins;

    internal OAuthStore(ClusterCore core) => _core = core;

    /// <summary>Successful password logins since the last reseed (each one minted a token).</summary>
    public int Logins
    {
        get
        {
            lock (_core.Gate)
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
            lock (_core.Gate)
            {
                return _failedLogins;
            }
        }
    }

    /// <summary>The seeded users and their passwords, for /_sandbox/credentials.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Users
    {
        get
        {
            lock (_core.Gate)
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
        lock (_core.Gate)
        {
            if (!_passwords.TryGetValue(user, out var expected) || !string.Equals(expected, password, StringComparison.Ordinal))
            {
                _failedLogins++;
                return null;
            }

            _logins++;
            var lifetime = Math.Max(1, _core.Options.OAuthTokenLifetimeSeconds);
            var token = Prefix + _core.RandomText(43);
            var now = DateTimeOffset.UtcNow;

            // The uid comes from the run-time source: drawing it from the seeded one would shift every later seeded value.
            _tokens[token] = new OAuthToken(user, now, now.AddSeconds(lifetime), lifetime, Guid.NewGuid().ToString("D"), _core.Revision);
            return (token, lifetime);
        }
    }

    /// <summary>Sets (or adds) a user's password, as an admin editing the htpasswd secret; true when the user existed.</summary>
    public bool SetPassword(string user, string password)
    {
        lock (_core.Gate)
        {
            var existed = _passwords.ContainsKey(user);
            _passwords[user] = password;
            return existed;
        }
    }

    /// <summary>Deletes every OAuth access token (oc delete oauthaccesstokens --all): their next request is 401.</summary>
    public int RevokeAll()
    {
        lock (_core.Gate)
        {
            var count = _tokens.Count;
            _tokens.Clear();
            return count;
        }
    }

    /// <summary>The live tokens as oauthaccesstokens objects, in name order, each with its name as key.</summary>
    public IReadOnlyList<(string Key, JsonObject Item)> List()
    {
        lock (_core.Gate)
        {
            var now = DateTimeOffset.UtcNow;
            return _tokens.Where(t => t.Value.ExpiresAt > now)
                .Select(t => (Key: ObjectName(t.Key), Item: Render(t.Key, t.Value, withKind: false)))
                .OrderBy(t => t.Key, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>One oauthaccesstoken by its object name, or null.</summary>
    public JsonObject? Get(string name)
    {
        lock (_core.Gate)
        {
            return Find(name) is { } token ? Render(token, _tokens[token], withKind: true) : null;
        }
    }

    /// <summary>Deletes one oauthaccesstoken by its object name (its token stops working); the deleted object, or null.</summary>
    public JsonObject? Delete(string name)
    {
        lock (_core.Gate)
        {
            if (Find(name) is not { } token)
            {
                return null;
            }

            var deleted = Render(token, _tokens[token], withKind: true);
            _tokens.Remove(token);
            _core.NextRevision();
            return deleted;
        }
    }

    /// <summary>The oauthaccesstokens name of a token: sha256~ and the base64url SHA-256 of what follows the prefix.</summary>
    public static string ObjectName(string token)
    {
        var secret = token.StartsWith(Prefix, StringComparison.Ordinal) ? token[Prefix.Length..] : token;
        return Prefix + ClusterCore.Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The user behind a live OAuth token; null for tokens that are unknown (or revoked) or expired. The caller holds the lock.</summary>
    internal ClusterIdentity? Authenticate(string token)
    {
        if (!_tokens.TryGetValue(token, out var issued) || issued.ExpiresAt <= DateTimeOffset.UtcNow)
        {
            return null;
        }

        return issued.User == KubeadminUser
            ? new ClusterIdentity("kube:admin", string.Empty, TokenStore.OpenShiftAdminGroups, true, TokenStore.NoExtra)
            : new ClusterIdentity(issued.User, UserUid(issued.User), TokenStore.DeveloperGroups, false, TokenStore.NoExtra);
    }

    /// <summary>Seeded users with fresh passwords, no tokens, no logins counted; the caller holds the lock.</summary>
    internal void Reseed()
    {
        _passwords.Clear();
        _tokens.Clear();
        _logins = 0;
        _failedLogins = 0;

        // kubeadmin's password has the installer's shape: four groups of five characters.
        _passwords[KubeadminUser] = string.Join("-", Enumerable.Range(0, 4).Select(_ => _core.RandomSuffix().ToUpperInvariant()));
        _passwords[DeveloperUser] = "dev-" + _core.RandomText(16);
    }

    private static string UserUid(string user) => user == DeveloperUser ? TokenStore.DeveloperUid : string.Empty;

    private string? Find(string name) => _tokens.Keys.FirstOrDefault(t => ObjectName(t) == name && _tokens[t].ExpiresAt > DateTimeOffset.UtcNow);

    private static JsonObject Render(string token, OAuthToken issued, bool withKind)
    {
        var item = new JsonObject();
        if (withKind)
        {
            item["kind"] = "OAuthAccessToken";
            item["apiVersion"] = "oauth.openshift.io/v1";
        }

        item["metadata"] = new JsonObject
        {
            ["name"] = ObjectName(token),
            ["uid"] = issued.Uid,
            ["resourceVersion"] = issued.ResourceVersion.ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = ClusterCore.Time(issued.Created),
        };
        item["clientName"] = ChallengingClient;
        item["expiresIn"] = issued.LifetimeSeconds;
        item["scopes"] = new JsonArray("user:full");
        item["userName"] = issued.User == KubeadminUser ? "kube:admin" : issued.User;
        item["userUID"] = UserUid(issued.User);
        return item;
    }

    private sealed record OAuthToken(string User, DateTimeOffset Created, DateTimeOffset ExpiresAt, int LifetimeSeconds, string Uid, long ResourceVersion);
}
