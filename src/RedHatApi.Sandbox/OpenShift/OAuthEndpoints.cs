using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// The cluster's OAuth server (oauth-openshift) for password logins: the discovery document the API server serves
/// anonymously, and /oauth/authorize for the openshift-challenging-client, the client <c>oc login -u</c> uses. The
/// sandbox serves it on the cluster's HTTPS port with the same CA (a real cluster serves it on
/// oauth-openshift.apps.&lt;cluster&gt; under the ingress certificate). Plain Kubernetes has no OAuth server: 404.
/// </summary>
public static class OAuthEndpoints
{
    public const string ChallengingClient = OAuthStore.ChallengingClient;

    public static void Map(WebApplication app, ClusterStore store, int port)
    {
        // No token check here: logging in is how a client gets one.
        var group = app.MapGroup(string.Empty).RequireHost("*:" + port.ToString(CultureInfo.InvariantCulture));
        group.MapGet("/.well-known/oauth-authorization-server", (HttpContext http) =>
        {
            if (store.Options.Flavor != ClusterFlavor.OpenShift)
            {
                return NoSuchResource();
            }

            var issuer = Issuer(http);
            return Json(new JsonObject
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = issuer + "/oauth/authorize",
                ["token_endpoint"] = issuer + "/oauth/token",
                ["scopes_supported"] = new JsonArray("user:check-access", "user:full", "user:info", "user:list-projects", "user:list-scoped-projects"),
                ["response_types_supported"] = new JsonArray("code", "token"),
                ["grant_types_supported"] = new JsonArray("authorization_code", "implicit"),
                ["code_challenge_methods_supported"] = new JsonArray("plain", "S256"),
            });
        });
        group.MapGet("/oauth/authorize", (HttpContext http) => Authorize(http, store));

        // Where the implicit grant redirects to; the token is in the fragment, which never reaches a server.
        group.MapGet("/oauth/token/implicit", () => Results.Text("You have been logged in. The token is in this page's URL fragment.", "text/plain"));
    }

    /// <summary>Control routes: GET/PUT /_sandbox/cluster/oauth (users, lifetime, login counts), POST /_sandbox/cluster/oauth/revoke.</summary>
    public static void MapControl(IEndpointRouteBuilder app, OpenShiftFamily state)
    {
        var control = app.MapGroup("/_sandbox/cluster/oauth");
        control.MapGet(string.Empty, () => Results.Json(Describe(state)));
        control.MapPut(string.Empty, (SettingsBody body) =>
        {
            var options = state.Options;
            options.OAuthTokenLifetimeSeconds = body.TokenLifetimeSeconds ?? options.OAuthTokenLifetimeSeconds;
            options.RegistryDefaultRoute = body.RegistryDefaultRoute ?? options.RegistryDefaultRoute;
            return Results.Json(Describe(state));
        });
        control.MapPut("/users/{name}", (string name, PasswordBody body) =>
            string.IsNullOrEmpty(body.Password) ? Results.BadRequest() : Results.Json(new { name, changed = state.Cluster.OAuth.SetPassword(name, body.Password) }));
        control.MapPost("/revoke", () => Results.Json(new { revoked = state.Cluster.OAuth.RevokeAll() }));
    }

    /// <summary>Body of PUT /_sandbox/cluster/oauth; absent fields keep their value. Unlike /_sandbox/cluster/settings it does not reseed.</summary>
    public sealed class SettingsBody
    {
        public int? TokenLifetimeSeconds { get; set; }

        public bool? RegistryDefaultRoute { get; set; }
    }

    /// <summary>Body of PUT /_sandbox/cluster/oauth/users/{name}: the user's new password (the user is created if new).</summary>
    public sealed class PasswordBody
    {
        public string? Password { get; set; }
    }

    /// <summary>The seeded users with their passwords, for /_sandbox/credentials.</summary>
    public static JsonArray Users(ClusterStore store) =>
        new(store.OAuth.Users.Select(u => (JsonNode)new JsonObject { ["name"] = u.Key, ["password"] = u.Value }).ToArray());

    private static object Describe(OpenShiftFamily state) => new
    {
        users = Users(state.Cluster),
        tokenLifetimeSeconds = state.Options.OAuthTokenLifetimeSeconds,
        registryDefaultRoute = state.Options.RegistryDefaultRoute,
        logins = state.Cluster.OAuth.Logins,
        failedLogins = state.Cluster.OAuth.FailedLogins,
    };

    /// <summary>
    /// GET /oauth/authorize as the real server answers the challenging client: without X-CSRF-Token no challenge is
    /// given (so a browser cannot be tricked into a Basic prompt); without or with wrong Basic credentials 401 with
    /// WWW-Authenticate: Basic; with good ones 302 to the implicit-grant page with the token in the fragment.
    /// </summary>
    private static IResult Authorize(HttpContext http, ClusterStore store)
    {
        if (store.Options.Flavor != ClusterFlavor.OpenShift)
        {
            return NoSuchResource();
        }

        var query = http.Request.Query;
        if (query["client_id"].ToString() != ChallengingClient)
        {
            return Results.Json(new { error = "unauthorized_client", error_description = "The client is not authorized to request a token using this method." }, statusCode: 400);
        }

        var redirect = Issuer(http) + "/oauth/token/implicit";
        if (query["response_type"].ToString() != "token")
        {
            // The sandbox implements the implicit grant only; the real server also supports code (+ PKCE).
            return Results.Redirect(redirect + "?error=unsupported_response_type&error_description=" + Uri.EscapeDataString("The sandbox OAuth server supports response_type=token only."));
        }

        if (string.IsNullOrEmpty(http.Request.Headers["X-CSRF-Token"].ToString()))
        {
            return Results.Text("A non-empty X-CSRF-Token header is required to receive basic-auth challenges", "text/plain", statusCode: 401);
        }

        var (user, password) = Basic(http.Request.Headers.Authorization.ToString());
        var login = user is null ? null : store.OAuth.Login(user, password!);
        if (login is not { } granted)
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"openshift\"";
            return Results.Text(string.Empty, "text/plain", statusCode: 401);
        }

        http.Items["tokenClient"] = "oauth:" + user;
        var fragment = "access_token=" + Uri.EscapeDataString(granted.Token)
            + "&expires_in=" + granted.ExpiresIn.ToString(CultureInfo.InvariantCulture)
            + "&scope=user%3Afull&token_type=Bearer";
        return Results.Redirect(redirect + "#" + fragment);
    }

    private static (string? User, string? Password) Basic(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        try
        {
            var plain = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = plain.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (null, null) : (plain[..colon], plain[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    private static string Issuer(HttpContext http) => "https://" + http.Request.Host.Value;
}
