using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using RedHatApi.Sandbox.OpenShift;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>The authenticator and the TokenRequest subresource: who a bearer token is, and minting bound tokens.</summary>
public sealed partial class ClusterStore
{
    /// <summary>The audience a TokenRequest without audiences gets: the API server's own.</summary>
    public const string DefaultAudience = "https://kubernetes.default.svc";

    /// <summary>
    /// The user behind a bearer token, or null (401). Service-account tokens stop working once their account (same
    /// uid), their bound object or their secret is gone, or once they expire.
    /// </summary>
    public ClusterIdentity? Authenticate(string token)
    {
        lock (_gate)
        {
            if (token == AdminToken)
            {
                return _options.Flavor == ClusterFlavor.OpenShift
                    ? new ClusterIdentity("kube:admin", string.Empty, OpenShiftAdminGroups, true, Empty)
                    : new ClusterIdentity("kubernetes-admin", string.Empty, KubernetesAdminGroups, true, Empty);
            }

            if (token == DeveloperToken)
            {
                return new ClusterIdentity("developer", "5d1f3c1e-8c0f-4f53-9a55-2b0b1c7e9d10", DeveloperGroups, false, Empty);
            }

            if (AuthenticateOAuth(token) is { } person)
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

            if (!_serviceAccounts.TryGetValue(Key(issued.Namespace, issued.ServiceAccount), out var sa) || sa.Uid != issued.ServiceAccountUid)
            {
                return null;
            }

            if (issued.SecretName is { } secretName && !_secrets.ContainsKey(Key(issued.Namespace, secretName)))
            {
                return null;
            }

            if (issued.BoundKind == "Secret" && (!_secrets.TryGetValue(Key(issued.Namespace, issued.BoundName!), out var bound) || bound.Uid != issued.BoundUid))
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
                ServiceAccountUser(issued.Namespace, issued.ServiceAccount),
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
    public (string Token, DateTimeOffset ExpiresAt)? MintToken(
        string ns, string name, long seconds, IReadOnlyList<string> audiences, string? boundKind, string? boundName, string? boundUid)
    {
        lock (_gate)
        {
            if (!_serviceAccounts.TryGetValue(Key(ns, name), out var sa))
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
                ["jti"] = NewUid(),
                ["kubernetes.io"] = kubernetes,
                ["nbf"] = now.ToUnixTimeSeconds(),
                ["sub"] = ServiceAccountUser(ns, name),
            };
            var token = Jwt(payload);
            _tokens[token] = new IssuedToken(ns, name, sa.Uid, expires, boundKind, boundName, boundUid, null);
            return (token, expires);
        }
    }

    /// <summary>The uid of a secret, for bound-object checks.</summary>
    public (string Uid, bool Found) SecretUid(string ns, string name)
    {
        lock (_gate)
        {
            return _secrets.TryGetValue(Key(ns, name), out var secret) ? (secret.Uid, true) : (string.Empty, false);
        }
    }

    private static readonly string[] OpenShiftAdminGroups = { "system:cluster-admins", "system:authenticated" };
    private static readonly string[] KubernetesAdminGroups = { "kubeadm:cluster-admins", "system:authenticated" };
    private static readonly string[] DeveloperGroups = { "system:authenticated:oauth", "system:authenticated" };

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();
}
