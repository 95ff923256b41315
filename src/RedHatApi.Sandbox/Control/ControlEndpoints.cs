using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Text.Json.Nodes;
using RedHatApi.Sandbox.Rhsm;
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
        group.MapGet("/credentials", () =>
        {
            // Each family adds its part (SSO tokens, the Assisted pull secret, the cluster's tokens and users).
            var credentials = new JsonObject();
            foreach (var family in state.Families)
            {
                family.AddCredentials(credentials);
            }

            return Results.Json(credentials);
        });
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
        // The first settings route, older than the families' own (/_sandbox/assisted/settings, ...): it sets SSO's
        // token knobs and RHSM's over-cap behaviour, and stays here so its URL and body do not change.
        group.MapPut("/settings", (SettingsBody body) =>
        {
            var sso = state.Options.Family<SsoOptions>();
            var rhsm = state.Options.Family<RhsmOptions>();
            if (body.AccessTokenLifetimeSeconds is { } seconds)
            {
                sso.AccessTokenLifetime = TimeSpan.FromSeconds(seconds);
            }

            sso.RotateRefreshTokens = body.RotateRefreshTokens ?? sso.RotateRefreshTokens;
            rhsm.OverCap = body.OverCap ?? rhsm.OverCap;
            return Results.Json(new
            {
                accessTokenLifetimeSeconds = sso.AccessTokenLifetime.TotalSeconds,
                rotateRefreshTokens = sso.RotateRefreshTokens,
                overCap = rhsm.OverCap.ToString(),
            });
        });
        group.MapPost("/revoke", (RevokeBody body) => state.Family<SsoFamily>().Tokens.Revoke(body.Token ?? string.Empty) ? Results.NoContent() : Results.NotFound());
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
