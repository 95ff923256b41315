using System;
using Microsoft.AspNetCore.Http;
using RedHatApi.Sandbox.Sso;

namespace RedHatApi.Sandbox.Console;

/// <summary>
/// console.redhat.com's gateway: a bearer of cloud-services, rhsm-api or the console service account; a service
/// account that no User Access group holds yet gets RBAC's 403 (--console-no-group).
/// </summary>
public static class ConsoleAuth
{
    public static IResult? Authorize(HttpContext http, ConsoleFamily family)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Problem(401, "Unauthorized", "Authentication required: send a Bearer token");
        }

        var client = family.Tokens.ClientOfAccessToken(header[7..].Trim());
        if (client is null)
        {
            return Problem(401, "Unauthorized", "Invalid or expired token");
        }

        http.Items["tokenClient"] = client;
        if (client == TokenService.ServiceAccountId && !family.Options.ServiceAccountInGroup)
        {
            // RBAC's answer to an identity without any role.
            return Results.Json(new { errors = new[] { new { detail = "You do not have permission to perform this action.", status = "403", source = "rbac" } } }, statusCode: 403);
        }

        return null;
    }

    /// <summary>The inventory's RFC 7807 problem body.</summary>
    public static IResult Problem(int status, string title, string detail) =>
        Results.Json(new { status, title, detail, type = "about:blank" }, statusCode: status, contentType: "application/problem+json");
}
