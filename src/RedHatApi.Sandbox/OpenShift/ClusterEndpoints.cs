using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// The emulated OpenShift / Kubernetes API server, served only on the cluster's own HTTPS port: bearer-token
/// authentication, discovery (/version, /api, /apis), "who am I" (users/~ and SelfSubjectReview), and the resources
/// mapped from their own files. Control routes live under /_sandbox/cluster on the main port.
/// </summary>
public static class ClusterEndpoints
{
    internal const string IdentityKey = "clusterIdentity";

    private const string StoreKey = "clusterStore";

    public static void Map(WebApplication app, OpenShiftFamily state, int port)
    {
        var store = state.Cluster;
        var group = app.MapGroup(string.Empty).RequireHost("*:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        group.AddEndpointFilter(async (context, next) => Authenticate(context.HttpContext, store) ?? await next(context));

        group.MapGet("/version", () => Json(Version(store.Options)));
        group.MapGet("/api", () => Json(new JsonObject
        {
            ["kind"] = "APIVersions",
            ["versions"] = new JsonArray("v1"),
            ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = "10.0.0.1:6443" }),
        }));
        group.MapGet("/api/v1", () => Json(ResourceList()));
        group.MapGet("/apis", () => Json(Groups(store.Options)));
        group.MapGet("/apis/user.openshift.io/v1/users/{name}", (HttpContext http, string name) =>
        {
            if (store.Options.Flavor != ClusterFlavor.OpenShift)
            {
                return NoSuchResource();
            }

            var who = Who(http)!;
            if (name != "~")
            {
                return who.IsAdmin ? NotFound("users", name, "user.openshift.io") : Forbidden(who.UserName, "get", "users", "user.openshift.io", null, name);
            }

            return Json(new JsonObject
            {
                ["kind"] = "User",
                ["apiVersion"] = "user.openshift.io/v1",
                ["metadata"] = new JsonObject { ["name"] = who.UserName, ["uid"] = who.Uid.Length == 0 ? null : who.Uid, ["creationTimestamp"] = null },
                ["identities"] = who.IsServiceAccount || who.IsAdmin ? null : new JsonArray("htpasswd:" + who.UserName),
                ["groups"] = new JsonArray(who.Groups.Select(g => (JsonNode)g).ToArray()),
            });
        });
        group.MapPost("/apis/authentication.k8s.io/v1/selfsubjectreviews", (HttpContext http) =>
        {
            var who = Who(http)!;
            var userInfo = new JsonObject
            {
                ["username"] = who.UserName,
                ["groups"] = new JsonArray(who.Groups.Select(g => (JsonNode)g).ToArray()),
            };
            if (who.Uid.Length > 0)
            {
                userInfo["uid"] = who.Uid;
            }

            if (who.Extra.Count > 0)
            {
                userInfo["extra"] = new JsonObject(who.Extra.Select(e => System.Collections.Generic.KeyValuePair.Create(e.Key, (JsonNode?)new JsonArray(e.Value.Select(v => (JsonNode)v).ToArray()))));
            }

            return Json(new JsonObject
            {
                ["kind"] = "SelfSubjectReview",
                ["apiVersion"] = "authentication.k8s.io/v1",
                ["metadata"] = new JsonObject { ["creationTimestamp"] = null },
                ["status"] = new JsonObject { ["userInfo"] = userInfo },
            }, StatusCodes.Status201Created);
        });

        NamespaceEndpoints.Map(group, store);
        ServiceAccountEndpoints.Map(group, store);
        ImageConfigEndpoints.Map(group, store);
        OAuthEndpoints.Map(app, store, port);
        RbacEndpoints.Map(group, store);
        OAuthAccessTokenEndpoints.Map(group, store);
        AccessReviewEndpoints.Map(group, store);
        ResourceEndpoints.Map(group, store);

        // Further cluster resources register here, on this group, so the token check applies.
    }

    /// <summary>Control routes: GET/PUT /_sandbox/cluster/settings (a PUT starts the cluster over), POST /_sandbox/cluster/compact.</summary>
    public static void MapControl(IEndpointRouteBuilder app, OpenShiftFamily state)
    {
        OAuthEndpoints.MapControl(app, state);
        var control = app.MapGroup("/_sandbox/cluster");
        control.MapGet("/settings", () => Results.Json(state.Options));
        control.MapPut("/settings", (SettingsBody body) =>
        {
            var options = state.Options;
            options.Flavor = body.Flavor ?? options.Flavor;
            options.LegacyTokenSecrets = body.LegacyTokenSecrets ?? options.LegacyTokenSecrets;
            options.MaxTokenExpirationSeconds = body.MaxTokenExpirationSeconds ?? options.MaxTokenExpirationSeconds;
            options.TokenSecretDelayMilliseconds = body.TokenSecretDelayMilliseconds ?? options.TokenSecretDelayMilliseconds;
            options.ContinueLifetimeSeconds = body.ContinueLifetimeSeconds ?? options.ContinueLifetimeSeconds;

            // The seeded accounts depend on the flavor and on legacy token secrets: start the cluster over.
            state.Cluster.Reseed(state.Seed);
            return Results.Json(options);
        });
        ResourceEndpoints.MapControl(app, state);
        control.MapPost("/compact", () =>
        {
            state.Cluster.Core.Compact();
            return Results.NoContent();
        });
    }

    /// <summary>Body of PUT /_sandbox/cluster/settings; absent fields keep their value.</summary>
    public sealed class SettingsBody
    {
        public ClusterFlavor? Flavor { get; set; }

        public bool? LegacyTokenSecrets { get; set; }

        public long? MaxTokenExpirationSeconds { get; set; }

        public int? TokenSecretDelayMilliseconds { get; set; }

        public int? ContinueLifetimeSeconds { get; set; }
    }

    internal static ClusterIdentity? Who(HttpContext http) => http.Items[IdentityKey] as ClusterIdentity;

    /// <summary>The RBAC check: null when the caller may, else RBAC's 403 Forbidden.</summary>
    internal static IResult? Authorize(HttpContext http, string verb, string resource, string group, string? ns, string? name = null)
    {
        var who = Who(http)!;
        var store = (ClusterStore)http.Items[StoreKey]!;
        return store.Rbac.Allows(who, verb, resource, ns) ? null : Forbidden(who.UserName, verb, resource, group, ns, name);
    }

    /// <summary>
    /// A bearer token that is unknown, expired or revoked is 401 Unauthorized. No Authorization header is the
    /// anonymous user, which may read /version only (system:public-info-viewer) and gets 403 elsewhere.
    /// </summary>
    private static object? Authenticate(HttpContext http, ClusterStore store)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return http.Request.Path == "/version" ? null : Status(403, "Forbidden", $"forbidden: User \"system:anonymous\" cannot get path \"{http.Request.Path}\"");
        }

        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || store.Tokens.Authenticate(header[7..].Trim()) is not { } identity)
        {
            return Unauthorized();
        }

        http.Items[IdentityKey] = identity;
        http.Items[StoreKey] = store;
        http.Items["tokenClient"] = identity.UserName;
        return null;
    }

    private static JsonObject Version(ClusterOptions options)
    {
        // OpenShift 4.10 ships Kubernetes 1.23 (token secrets still created); 4.16 ships 1.29.
        var (minor, git) = options.Flavor == ClusterFlavor.Kubernetes
            ? (options.LegacyTokenSecrets ? "23" : "30", options.LegacyTokenSecrets ? "v1.23.17" : "v1.30.4")
            : (options.LegacyTokenSecrets ? "23" : "29", options.LegacyTokenSecrets ? "v1.23.17+16bcd69" : "v1.29.8+f10c92d");
        return new JsonObject
        {
            ["major"] = "1",
            ["minor"] = minor,
            ["gitVersion"] = git,
            ["gitCommit"] = "f10c92d6d0e7d1a0b6d1f4fba5d0e7c1a2b3c4d5",
            ["gitTreeState"] = "clean",
            ["buildDate"] = "2024-08-21T13:31:06Z",
            ["goVersion"] = "go1.21.11 (Red Hat 1.21.11-1.el9_4)",
            ["compiler"] = "gc",
            ["platform"] = "linux/amd64",
        };
    }

    private static JsonObject Groups(ClusterOptions options)
    {
        static JsonObject Group(string name, string version) => new()
        {
            ["name"] = name,
            ["versions"] = new JsonArray(new JsonObject { ["groupVersion"] = name + "/" + version, ["version"] = version }),
            ["preferredVersion"] = new JsonObject { ["groupVersion"] = name + "/" + version, ["version"] = version },
        };

        var groups = new JsonArray(Group("apps", "v1"), Group("authentication.k8s.io", "v1"), Group(AccessReviewEndpoints.Group, "v1"), Group("rbac.authorization.k8s.io", "v1"));
        if (options.Flavor == ClusterFlavor.OpenShift)
        {
            groups.Add(Group(OAuthAccessTokenEndpoints.Group, "v1"));
            groups.Add(Group("user.openshift.io", "v1"));
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    /// <summary>The short names kubectl resolves (kubectl get sa), as the real API server advertises them.</summary>
    private static readonly System.Collections.Generic.Dictionary<string, string[]> ShortNames = new(StringComparer.Ordinal)
    {
        ["configmaps"] = new[] { "cm" },
        ["namespaces"] = new[] { "ns" },
        ["pods"] = new[] { "po" },
        ["serviceaccounts"] = new[] { "sa" },
        ["deployments"] = new[] { "deploy" },
    };

    /// <summary>One APIResource of a discovery document; subresources (serviceaccounts/token) have no singular name.</summary>
    internal static JsonObject Resource(string name, string kind, bool namespaced, params string[] verbs)
    {
        var resource = new JsonObject
        {
            ["name"] = name,
            ["singularName"] = name.Contains('/', StringComparison.Ordinal) ? string.Empty : kind.ToLowerInvariant(),
            ["namespaced"] = namespaced,
            ["kind"] = kind,
            ["verbs"] = new JsonArray(verbs.Select(v => (JsonNode)v).ToArray()),
        };
        if (ShortNames.TryGetValue(name, out var shortNames))
        {
            resource["shortNames"] = new JsonArray(shortNames.Select(s => (JsonNode)s).ToArray());
        }

        return resource;
    }

    private static JsonObject ResourceList()
    {
        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["groupVersion"] = "v1",
            ["resources"] = new JsonArray(
                Resource("configmaps", "ConfigMap", true, "create", "delete", "get", "list", "watch"),
                Resource("namespaces", "Namespace", false, "get", "list"),
                Resource("pods", "Pod", true, "get", "list", "watch"),
                Resource("secrets", "Secret", true, "get", "list"),
                Resource("serviceaccounts", "ServiceAccount", true, "create", "delete", "get", "list"),
                Resource("serviceaccounts/token", "TokenRequest", true, "create")),
        };
    }
}
