using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>The three token endpoints: v2 (form OAuth2), v1 (JSON, deprecated) and the Keycloak realm.</summary>
public static partial class RunAiEndpoints
{
    private static async Task<IResult> V2TokenAsync(HttpContext ctx, RunAiFamily family)
    {
        var form = await FormAsync(ctx);
        if (!family.Options.V2Token)
        {
            return Error(ctx, family, 404, "Not Found", "No such route: POST /api/v2/token.");
        }

        if (form?["grant_type"]?.GetValue<string>() != "client_credentials")
        {
            return OAuthError(ctx, family, 400, "unsupported_grant_type", "Only client_credentials is served here.");
        }

        var app = RunAiTokens.Check(form["client_id"]?.GetValue<string>(), form["client_secret"]?.GetValue<string>());
        if (app is null)
        {
            return OAuthError(ctx, family, 401, "invalid_client", "Invalid client credentials.");
        }

        var lifetime = family.Options.TokenLifetimeSeconds;
        return Json(ctx, family, new JsonObject
        {
            ["access_token"] = family.Tokens.Issue(app, lifetime, "v2"),
            ["token_type"] = "Bearer",
            ["expires_in"] = lifetime,
            ["scope"] = "openid",
        });
    }

    private static async Task<IResult> V1TokenAsync(HttpContext ctx, RunAiFamily family)
    {
        var body = await BodyAsync(ctx);

        // Keys are matched without regard to case: clients send clientID, clientId and AppId alike.
        string? Field(string name) => body?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.GetValue<string>();
        if (Field("grantType") is not ("client_credentials" or "app_token"))
        {
            return Error(ctx, family, 400, "Bad Request", "grantType must be client_credentials.");
        }

        var app = RunAiTokens.Check(Field("clientID") ?? Field("appID"), Field("clientSecret") ?? Field("appSecret"));
        if (app is null)
        {
            return Error(ctx, family, 400, "Bad Request", "Invalid client credentials.");
        }

        var lifetime = family.Options.TokenLifetimeSeconds;
        return Json(ctx, family, new JsonObject
        {
            ["accessToken"] = family.Tokens.Issue(app, lifetime, "v1"),
            ["expiresIn"] = lifetime,
        });
    }

    private static async Task<IResult> RealmTokenAsync(HttpContext ctx, RunAiFamily family, string realm)
    {
        var form = await FormAsync(ctx);
        if (!string.Equals(realm, family.Options.Realm, StringComparison.Ordinal))
        {
            return Json(ctx, family, new JsonObject { ["error"] = "Realm does not exist" }, 404);
        }

        if (form?["grant_type"]?.GetValue<string>() != "client_credentials")
        {
            return OAuthError(ctx, family, 400, "unsupported_grant_type", "Unsupported grant_type");
        }

        var app = RunAiTokens.Check(form["client_id"]?.GetValue<string>(), form["client_secret"]?.GetValue<string>());
        if (app is null)
        {
            return OAuthError(ctx, family, 401, "unauthorized_client", "Invalid client or Invalid client credentials");
        }

        var lifetime = family.Options.TokenLifetimeSeconds;
        return Json(ctx, family, new JsonObject
        {
            ["access_token"] = family.Tokens.Issue(app, lifetime, "realm"),
            ["expires_in"] = lifetime,
            ["refresh_expires_in"] = 0,
            ["token_type"] = "Bearer",
            ["id_token"] = "realm-id-token-" + Guid.NewGuid().ToString("N"),
            ["not-before-policy"] = 0,
            ["scope"] = form["scope"]?.GetValue<string>() ?? "openid",
        });
    }

    private static IResult OAuthError(HttpContext ctx, RunAiFamily family, int status, string error, string description) =>
        Json(ctx, family, new JsonObject { ["error"] = error, ["error_description"] = description }, status);

    // A form body, kept in the exchange log as a JSON object of strings (secrets masked), the shape the spec's
    // form schema describes.
    private static async Task<JsonObject?> FormAsync(HttpContext ctx)
    {
        if (!ctx.Request.HasFormContentType)
        {
            await BodyAsync(ctx);
            return null;
        }

        var form = await ctx.Request.ReadFormAsync();
        var body = new JsonObject();
        foreach (var (key, value) in form)
        {
            body[key] = value.ToString();
        }

        ctx.Items[RequestBodyKey] = RunAiExchanges.Mask(body)?.ToJsonString();
        return body;
    }
}
