using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>Which of the swagger's security schemes a route accepts besides (or instead of) userAuth.</summary>
public enum AgentAuthMode
{
    /// <summary>agentAuth only: the discovery agent's calls (register, instructions, progress).</summary>
    Only,

    /// <summary>userAuth or agentAuth (GET of an infra-env, host lists).</summary>
    Also,
}

/// <summary>Route metadata naming the security of an agent-facing route; routes without it accept userAuth only.</summary>
public sealed record AgentAuthMetadata(AgentAuthMode Mode);

/// <summary>
/// The Assisted Installer's agent auth (securityDefinitions agentAuth: header X-Secret-Key). The discovery agent sends
/// the "auth" value of its pull secret's cloud.openshift.com entry, which the service checks with the account manager
/// (pkg/auth/rhsso_authenticator.go AuthAgentAuth). The sandbox seeds one pull secret from the seed and accepts exactly
/// its token; GET /_sandbox/credentials hands the pull secret out.
/// </summary>
public static class AgentAuth
{
    public const string Header = "X-Secret-Key";

    /// <summary>What the request log records as the client of an accepted agent request.</summary>
    public const string ClientName = "pull-secret";

    /// <summary>The seeded pull secret, shaped like the one console.redhat.com hands out (fake registries' credentials).</summary>
    public static string PullSecret(int seed)
    {
        var auths = new JsonObject();
        foreach (var registry in new[] { "cloud.openshift.com", "quay.io", "registry.connect.redhat.com", "registry.redhat.io" })
        {
            auths[registry] = new JsonObject
            {
                ["auth"] = AuthFor(seed, registry),
                ["email"] = "sandbox-admin@example.com",
            };
        }

        return new JsonObject { ["auths"] = auths }.ToJsonString();
    }

    /// <summary>The agent token: the cloud.openshift.com auth value (base64 of user:token).</summary>
    public static string AgentToken(int seed) => AuthFor(seed, "cloud.openshift.com");

    /// <summary>
    /// go-openapi security: an agent-only route without X-Secret-Key has no applicable authenticator (401
    /// "unauthenticated for invalid credentials"), whatever bearer it carries; a wrong token fails AuthAgentAuth (401).
    /// </summary>
    public static IResult? Authorize(HttpContext http, int seed)
    {
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            return Unauthenticated();
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(AgentToken(seed))))
        {
            return InfraError(401, "Failed to authenticate the pull secret token: the account manager did not accept it");
        }

        http.Items["tokenClient"] = ClientName;
        return null;
    }

    /// <summary>go-openapi's answer when no security scheme of the route applies (errors.Unauthenticated).</summary>
    public static IResult Unauthenticated() => InfraError(401, "unauthenticated for invalid credentials");

    /// <summary>
    /// User routes whose swagger security lists agentAuth as well (the agent reads its infra-env, cluster and hosts);
    /// kept here as a table of route patterns so those routes' own files stay as they are.
    /// </summary>
    private static readonly string[] AlsoAgentRoutes =
    {
        "GET /clusters/{cluster_id}", "GET /clusters/{cluster_id}/hosts", "GET /infra-envs/{infra_env_id}", "GET /infra-envs/{infra_env_id}/hosts",
    };

    /// <summary>The agent auth a matched route accepts: its metadata, else the table above; null for user-only routes.</summary>
    public static AgentAuthMode? ModeOf(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<AgentAuthMetadata>() is { } metadata)
        {
            return metadata.Mode;
        }

        var pattern = (endpoint as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText ?? string.Empty;
        var route = pattern.StartsWith(AssistedEndpoints.Prefix, StringComparison.Ordinal) ? pattern[AssistedEndpoints.Prefix.Length..] : pattern;
        return Array.IndexOf(AlsoAgentRoutes, http.Request.Method + " " + route) >= 0 ? AgentAuthMode.Also : null;
    }

    public static bool HasAgentKey(HttpContext http) => http.Request.Headers[Header].ToString().Length > 0;

    private static string AuthFor(int seed, string registry)
    {
        var secret = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"pull-secret-{seed}-{registry}")))[..40].ToLowerInvariant();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes("sandbox+redhatapi:" + secret));
    }
}
