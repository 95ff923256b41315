using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Sso;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// Assisted Installer API v2 under /api/assisted-install/v2 with its token check, plus the sandbox's own Assisted
/// control routes under /_sandbox/assisted (pace of installs, received bodies).
/// </summary>
public static class AssistedEndpoints
{
    public const string Prefix = "/api/assisted-install/v2";

    /// <summary>Clients whose tokens api.openshift.com accepts: console users and the console service account.</summary>
    private static readonly string[] AcceptedClients = { "cloud-services", TokenService.ServiceAccountId };

    public static void Map(IEndpointRouteBuilder app, AssistedFamily state)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
        {
            var denied = AuthorizeRoute(context.HttpContext, state);
            return denied ?? await next(context);
        });

        ClusterEndpoints.Map(group, state);
        EventEndpoints.Map(group, state);
        VersionEndpoints.Map(group);

        // Infra-envs, hosts and downloads map their routes from their own files, on this group so the token check applies.
        InfraEnvEndpoints.Map(group, state);
        HostEndpoints.Map(group, state);
        CredentialEndpoints.Map(group, state);
        HostActionEndpoints.Map(group, state);
        InfraEnvFileEndpoints.Map(group, app, state);

        // A cluster's content (manifests, install-config, operators, validations), the catalogues and downloads.
        ContentEndpoints.Map(group, state);
        OperatorEndpoints.Map(group);
        CatalogueEndpoints.Map(group);
        DownloadEndpoints.Map(group, state);

        // The discovery agent's calls: agentAuth (X-Secret-Key with the pull secret's token) only.
        AgentEndpoints.Map(group, state);

        // The image service is another host with its own credential (the link's image_token): no token check.
        ImageServiceEndpoints.Map(app, state);

        MapControl(app, state);
    }

    /// <summary>
    /// The route's swagger security decides: agent-only routes check X-Secret-Key and ignore any bearer; routes that
    /// also accept agentAuth use it when the header is there; user routes want the bearer, and a request that carries
    /// only X-Secret-Key finds no applicable scheme (go-openapi's 401 "unauthenticated for invalid credentials").
    /// </summary>
    private static IResult? AuthorizeRoute(HttpContext http, AssistedFamily state)
    {
        // A pre-signed link's api_key (urlAuth) is the only credential of the download routes it was made for.
        if (UrlAuth.Applies(http))
        {
            return UrlAuth.Authorize(http, state);
        }

        var mode = AgentAuth.ModeOf(http);
        if (mode == AgentAuthMode.Only || (mode == AgentAuthMode.Also && AgentAuth.HasAgentKey(http)))
        {
            return AgentAuth.Authorize(http, state.Seed);
        }

        if (http.Request.Headers.Authorization.Count == 0 && AgentAuth.HasAgentKey(http))
        {
            return AgentAuth.Unauthenticated();
        }

        return Authorize(http, state.Tokens);
    }

    /// <summary>
    /// pkg/auth/rhsso_authenticator.go: exactly "Bearer &lt;token&gt;", else 401 with the infra_error body. A token of
    /// another SSO client (rhsm-api) is refused with 401 as well: the service does not know that client.
    /// </summary>
    private static IResult? Authorize(HttpContext http, TokenService tokens)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header.Length <= 7)
        {
            return InfraError(401, "Authorization header format must be Bearer {token}");
        }

        var client = tokens.ClientOfAccessToken(header[7..].Trim());
        if (client is null)
        {
            return InfraError(401, "Token is expired or invalid");
        }

        http.Items["tokenClient"] = client;
        return AcceptedClients.Contains(client)
            ? null
            : InfraError(401, $"Unauthorized: tokens of the SSO client '{client}' are not accepted; use a cloud-services offline token or a service account");
    }

    private static void MapControl(IEndpointRouteBuilder app, AssistedFamily state)
    {
        var control = app.MapGroup("/_sandbox/assisted");
        control.MapGet("/settings", () => Results.Json(state.Options));
        control.MapPut("/settings", (SettingsBody body) =>
        {
            var options = state.Options;
            options.StepMilliseconds = Math.Max(1, body.StepMilliseconds ?? options.StepMilliseconds);
            options.FailInstalls = body.FailInstalls ?? options.FailInstalls;
            return Results.Json(options);
        });
        control.MapGet("/bodies", () => Results.Json(state.Assisted.Bodies.All));
    }

    /// <summary>Body of PUT /_sandbox/assisted/settings; absent fields keep their value (reset restores the start-up values).</summary>
    public sealed class SettingsBody
    {
        public int? StepMilliseconds { get; set; }

        public bool? FailInstalls { get; set; }
    }
}
