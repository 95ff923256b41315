using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Sso;

namespace RedHatApi.Sandbox.Control;

/// <summary>The sandbox's own API under /_sandbox: credentials, faults, settings, request log, reset.</summary>
public static class ControlEndpoints
{
    /// <summary>Run-time settings changeable through PUT /_sandbox/settings.</summary>
    public sealed class SettingsBody
    {
        public double? AccessTokenLifetimeSeconds { get; set; }

        public bool? RotateRefreshTokens { get; set; }

        public OverCapBehavior? OverCap { get; set; }
    }

    public static void Map(IEndpointRouteBuilder app, SandboxState state)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        var group = app.MapGroup("/_sandbox");
        group.MapGet("/credentials", () => Results.Json(new
        {
            offlineTokens = new { rhsmApi = state.Tokens.RhsmOfflineToken, cloudServices = state.Tokens.ConsoleOfflineToken },
            serviceAccount = new { clientId = TokenService.ServiceAccountId, clientSecret = state.Tokens.ServiceAccountSecret },
            tokenUrl = new Uri(state.BaseUri, TokenEndpoint.Path.TrimStart('/')).AbsoluteUri,
            pullSecret = Assisted.AgentAuth.PullSecret(state.Options.Seed),
            cluster = state.ClusterUri is null ? null : new
            {
                url = state.ClusterUri.AbsoluteUri,
                certificateAuthority = state.ClusterCertificateAuthorityPath,
                adminToken = state.Cluster.AdminToken,
                developerToken = state.Cluster.DeveloperToken,
                oauthUsers = OpenShift.OAuthEndpoints.Users(state.Cluster),
            },
        }));
        group.MapGet("/faults", () => Results.Json(state.Options.Faults));
        group.MapPut("/faults", (FaultSettings body) =>
        {
            var f = state.Options.Faults;
            f.LatencyMs = body.LatencyMs;
            f.ErrorRate = body.ErrorRate;
            f.ErrorStatus = body.ErrorStatus;
            f.ThrottleRate = body.ThrottleRate;
            f.RetryAfterSeconds = body.RetryAfterSeconds;
            f.DropRate = body.DropRate;
            f.MalformedRate = body.MalformedRate;
            return Results.Json(f);
        });
        group.MapPost("/faults/rules", (FaultRule rule) =>
        {
            state.AddRule(rule);
            return Results.Created("/_sandbox/faults", rule);
        });
        group.MapDelete("/faults", () =>
        {
            state.ClearFaults();
            return Results.NoContent();
        });
        group.MapPut("/settings", (SettingsBody body) =>
        {
            if (body.AccessTokenLifetimeSeconds is { } seconds)
            {
                state.Options.AccessTokenLifetime = TimeSpan.FromSeconds(seconds);
            }

            state.Options.RotateRefreshTokens = body.RotateRefreshTokens ?? state.Options.RotateRefreshTokens;
            state.Options.OverCap = body.OverCap ?? state.Options.OverCap;
            return Results.Json(new
            {
                accessTokenLifetimeSeconds = state.Options.AccessTokenLifetime.TotalSeconds,
                rotateRefreshTokens = state.Options.RotateRefreshTokens,
                overCap = state.Options.OverCap.ToString(),
            });
        });
        group.MapPost("/revoke", (RevokeBody body) => state.Tokens.Revoke(body.Token ?? string.Empty) ? Results.NoContent() : Results.NotFound());
        group.MapGet("/requests", () => Results.Json(state.Log.Entries));
        group.MapDelete("/requests", () =>
        {
            state.Log.Clear();
            return Results.NoContent();
        });
        group.MapGet("/stats", () => Results.Json(new
        {
            grants = state.Log.Grants,
            requests = state.Log.Entries.GroupBy(e => e.Method + " " + e.PathAndQuery.Split('?')[0]).ToDictionary(g => g.Key, g => g.Count()),
        }));
        group.MapPost("/reset", () =>
        {
            state.Reset();
            return Results.NoContent();
        });
    }

    /// <summary>Body of POST /_sandbox/revoke.</summary>
    public sealed class RevokeBody
    {
        public string? Token { get; set; }
    }
}
