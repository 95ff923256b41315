using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RedHatApi.Sandbox.Control;

namespace RedHatApi.Sandbox.Sso;

/// <summary>
/// POST /auth/realms/redhat-external/protocol/openid-connect/token with Keycloak's answers: form bodies only,
/// refresh_token for public clients (rhsm-api, cloud-services), client_credentials for the service account with
/// the secret in the form or as HTTP Basic, and Keycloak's error codes and texts.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/auth/realms/redhat-external/protocol/openid-connect/token";

    private static readonly string[] PublicClients = { "rhsm-api", "cloud-services" };

    public static async Task<IResult> HandleAsync(HttpContext context, TokenService tokens, RequestLog log)
    {
        if (!context.Request.HasFormContentType)
        {
            return Error(400, "invalid_request", "Request must be application/x-www-form-urlencoded");
        }

        var form = await context.Request.ReadFormAsync();
        var grantType = form["grant_type"].ToString();
        var clientId = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        ReadBasic(context.Request, ref clientId, ref secret);

        switch (grantType)
        {
            case "":
                return Error(400, "invalid_request", "Missing form parameter: grant_type");
            case "refresh_token":
                return Refresh(tokens, log, clientId, form["refresh_token"].ToString());
            case "client_credentials":
                return ClientCredentials(tokens, log, clientId, secret);
            default:
                return Error(400, "unsupported_grant_type", "Unsupported grant_type");
        }
    }

    private static IResult Refresh(TokenService tokens, RequestLog log, string clientId, string refreshToken)
    {
        if (Array.IndexOf(PublicClients, clientId) < 0)
        {
            return Error(401, "invalid_client", "Invalid client or Invalid client credentials");
        }

        var (error, _) = tokens.CheckOffline(refreshToken, clientId);
        if (error is not null)
        {
            return Error(400, "invalid_grant", error);
        }

        var (access, expiresIn) = tokens.MintAccess(clientId);
        log.CountGrant(clientId, "refresh_token");
        return Results.Json(new System.Collections.Generic.Dictionary<string, object>
        {
            ["access_token"] = access,
            ["expires_in"] = expiresIn,
            ["refresh_expires_in"] = 0,
            ["refresh_token"] = tokens.NextRefreshToken(refreshToken),
            ["token_type"] = "Bearer",
            ["not-before-policy"] = 0,
            ["session_state"] = Guid.NewGuid().ToString(),
            ["scope"] = "offline_access",
        });
    }

    private static IResult ClientCredentials(TokenService tokens, RequestLog log, string clientId, string secret)
    {
        if (Array.IndexOf(PublicClients, clientId) >= 0)
        {
            return Error(400, "unauthorized_client", "Client not enabled to retrieve service account");
        }

        if (clientId != TokenService.ServiceAccountId || secret != tokens.ServiceAccountSecret)
        {
            return Error(401, "invalid_client", "Invalid client or Invalid client credentials");
        }

        var (access, expiresIn) = tokens.MintAccess(clientId);
        log.CountGrant(clientId, "client_credentials");
        return Results.Json(new System.Collections.Generic.Dictionary<string, object>
        {
            ["access_token"] = access,
            ["expires_in"] = expiresIn,
            ["refresh_expires_in"] = 0,
            ["token_type"] = "Bearer",
            ["not-before-policy"] = 0,
            ["scope"] = "api.iam.service_accounts",
        });
    }

    private static void ReadBasic(HttpRequest request, ref string clientId, ref string secret)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = pair.IndexOf(':');
            if (colon > 0)
            {
                clientId = Uri.UnescapeDataString(pair[..colon]);
                secret = Uri.UnescapeDataString(pair[(colon + 1)..]);
            }
        }
        catch (FormatException)
        {
            // A garbled header is treated as no credentials, as Keycloak does.
        }
    }

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new { error, error_description = description }, statusCode: status);
}
