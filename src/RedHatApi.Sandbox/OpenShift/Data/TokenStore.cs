using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// The authenticator and the service-account tokens the cluster minted: the seeded admin and developer tokens, OAuth
/// tokens of password logins (<see cref="OAuthStore"/>), bound tokens of the TokenRequest subresource and legacy
/// tokens of token secrets.
/// </summary>
public sealed class TokenStore
{
    /// <summary>The audience a TokenRequest without audiences gets: the API server's own.</summary>
    public const string DefaultAudience = "https://kubernetes.default.svc";

    internal static readonly string[] OpenShiftAdminGroups = { "system:cluster-admins", "system:authenticated" };
    internal static readonly string[] KubernetesAdminGroups = { "kubeadm:cluster-admins", "system:authenticated" };
    internal static readonly string[] DeveloperGroups = { "system:authenticated:oauth", "system:authenticated" };
    internal static readonly IReadOnlyDictionary<string, string[]> NoExtra = new Dictionary<string, string[]>();

    /// <summary>The developer's user uid (users/~ shows it).</summary>
    internal const string DeveloperUid = "5d1f3c1e-8c0f-4f53-9a55-2b0b1c7e9d10";

    private readonly ClusterStore _cluster;
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    internal TokenStore(ClusterStore cluster) => _cluster = cluster;

    /// <summary>A cluster-admin token, like kubeadmin's OAuth token (sha256~…).</summary>
    public string AdminToken { get; private set; } = string.Empty;

    /// <summary>A token of an ordinary user who may ask who they are and little else.</summary>
    public string DeveloperToken { get; private set; } = string.Empty;

    private ClusterCore Core => _cluster.Core;

    /// <summary>
    /// The user behind a bearer token, or null (401). Service-account tokens stop working once their account (same
    /// uid), their bound object or their secret is gone, or once they expire.
    /// </summary>
    public ClusterIdentity? Authenticate(string token)
    {
        lock (Core.Gate)
        {
            if (token == AdminToken)
            {
                return Core.Options.Flavor == ClusterFlavor.OpenShift
                    ? new ClusterIdentity("kube:admin", string.Empty, OpenShiftAdminGroups, true, NoExtra)
                    : new ClusterIdentity("kubernetes-admin", string.Empty, KubernetesAdminGroups, true, NoExtra);
            }

            if (token == DeveloperToken)
            {
                return new ClusterIdentity("developer", DeveloperUid, DeveloperGroups, false, NoExtra);
            }

            if (_cluster.OAuth.Authenticate(token) is { } person)
            {
                return person;
            }

            if (!_tokens.TryGetValue(token, out var issued))
            {
                return null;
            }

            if (issued.ExpiresAt is { } expires && expires <= DateTimeOffset.UtcNow)
            {
                return null;
            }

            if (_cluster.ServiceAccounts.Find(issued.Namespace, issued.ServiceAccount) is not { } sa || sa.Uid != issued.ServiceAccountUid)
            {
                return null;
            }

            if (issued.SecretName is { } secretName && _cluster.Secrets.UidOf(issued.Namespace, secretName) is null)
            {
                return null;
            }

            if (issued.BoundKind == "Secret" && _cluster.Secrets.UidOf(issued.Namespace, issued.BoundName!) != issued.BoundUid)
            {
                return null;
            }

            var extra = new Dictionary<string, string[]>();
            if (issued.BoundKind == "Pod")
            {
                extra["authentication.kubernetes.io/pod-name"] = new[] { issued.BoundName! };
                extra["authentication.kubernetes.io/pod-uid"] = new[] { issued.BoundUid! };
            }

            return new ClusterIdentity(
                ClusterCore.ServiceAccountUser(issued.Namespace, issued.ServiceAccount),
                issued.ServiceAccountUid,
                new[] { "system:serviceaccounts", "system:serviceaccounts:" + issued.Namespace, "system:authenticated" },
                false,
                extra);
        }
    }

    /// <summary>
    /// Mints a bound token for an existing account: <paramref name="seconds"/> already validated (≥ 600) and shortened
    /// to the maximum by the caller. Returns the token and when it expires.
    /// </summary>
    public (string Token, DateTimeOffset ExpiresAt)? Mint(
        string ns, string name, long seconds, IReadOnlyList<string> audiences, string? boundKind, string? boundName, string? boundUid)
    {
        lock (Core.Gate)
        {
            if (_cluster.ServiceAccounts.Find(ns, name) is not { } sa)
            {
                return null;
            }

            var now = DateTimeOffset.UtcNow;
            var expires = now.AddSeconds(seconds);
            var kubernetes = new JsonObject
            {
                ["namespace"] = ns,
                ["serviceaccount"] = new JsonObject { ["name"] = name, ["uid"] = sa.Uid },
            };
            if (boundKind is not null)
            {
                kubernetes[boundKind.ToLowerInvariant()] = new JsonObject { ["name"] = boundName, ["uid"] = boundUid };
            }

            var payload = new JsonObject
            {
                ["aud"] = new JsonArray(audiences.Select(a => (JsonNode)a).ToArray()),
                ["exp"] = expires.ToUnixTimeSeconds(),
                ["iat"] = now.ToUnixTimeSeconds(),
                ["iss"] = DefaultAudience,
                ["jti"] = Core.NewUid(),
                ["kubernetes.io"] = kubernetes,
                ["nbf"] = now.ToUnixTimeSeconds(),
                ["sub"] = ClusterCore.ServiceAccountUser(ns, name),
            };
            var token = Core.Jwt(payload);
            _tokens[token] = new IssuedToken(ns, name, sa.Uid, expires, boundKind, boundName, boundUid, null);
            return (token, expires);
        }
    }

    /// <summary>The non-expiring token the token controller writes into a token secret; the caller holds the lock.</summary>
    internal string MintLegacy(string ns, string serviceAccount, string serviceAccountUid, string secretName)
    {
        var payload = new JsonObject
        {
            ["iss"] = "kubernetes/serviceaccount",
            ["kubernetes.io/serviceaccount/namespace"] = ns,
            ["kubernetes.io/serviceaccount/secret.name"] = secretName,
            ["kubernetes.io/serviceaccount/service-account.name"] = serviceAccount,
            ["kubernetes.io/serviceaccount/service-account.uid"] = serviceAccountUid,
            ["sub"] = ClusterCore.ServiceAccountUser(ns, serviceAccount),
        };
        var token = Core.Jwt(payload);
        _tokens[token] = new IssuedToken(ns, serviceAccount, serviceAccountUid, null, null, null, null, secretName);
        return token;
    }

    /// <summary>Forgets every minted token and draws new admin and developer tokens; the caller holds the lock.</summary>
    internal void Reseed()
    {
        _tokens.Clear();
        AdminToken = "sha256~" + Core.RandomText(43);
        DeveloperToken = "sha256~" + Core.RandomText(43);
    }

    /// <summary>A service-account token the cluster minted: bound (TokenRequest) or legacy (from a secret).</summary>
    private sealed record IssuedToken(
        string Namespace, string ServiceAccount, string ServiceAccountUid, DateTimeOffset? ExpiresAt,
        string? BoundKind, string? BoundName, string? BoundUid, string? SecretName);
}
