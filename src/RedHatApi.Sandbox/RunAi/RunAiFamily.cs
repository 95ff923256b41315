using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>Start-up settings of the sandbox's Run:ai control plane.</summary>
public sealed class RunAiOptions
{
    /// <summary>Seeded clusters (cluster-1...).</summary>
    public int Clusters { get; set; } = 1;

    /// <summary>Seeded departments besides each cluster's "default" one (dept-01...).</summary>
    public int Departments { get; set; } = 2;

    /// <summary>Seeded projects (project-0001...), spread over the departments.</summary>
    public int Projects { get; set; } = 12;

    /// <summary>Seeded GPU nodes per cluster (gpu-node-01...), over two node pools.</summary>
    public int Nodes { get; set; } = 6;

    /// <summary>Lifetime of the access tokens the three token endpoints issue.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>False answers /api/v2/token with 404, as tenants before v2 do (clients fall back to /api/v1/token).</summary>
    public bool V2Token { get; set; } = true;

    /// <summary>The Keycloak realm served at /auth/realms/&lt;realm&gt;/protocol/openid-connect/token.</summary>
    public string Realm { get; set; } = "runai";

    /// <summary>After this many API requests every issued token expires once (0: never): a token that runs out mid-listing.</summary>
    public int ExpireTokensAfterRequests { get; set; }

    /// <summary>Lists with <c>next</c> answer the offset they were asked for instead of the next one (a service bug).</summary>
    public bool StuckNext { get; set; }
}

/// <summary>
/// NVIDIA Run:ai's control plane under /runai, built from its OpenAPI document (API-CONTRACTS §6): the v2 (form
/// OAuth2), v1 (JSON) and Keycloak realm token endpoints with expiring tokens; three applications, one per role
/// (Researcher, Editor, Administrator), and a 403 per role; projects and departments paged with <c>next</c>, clusters
/// as a bare array, nodes and node pools ending on a short page; errors as <c>{code, message, details}</c>. Every
/// exchange is kept (secrets masked) at /_sandbox/runai/exchanges so tests can check it against the OpenAPI schemas.
/// </summary>
public sealed class RunAiFamily : ISandboxFamily
{
    private SandboxState? _state;
    private RunAiOptions _startup = new();

    public int Order => 70;

    public string Name => "NVIDIA Run:ai";

    public IReadOnlyList<SandboxFlag> Flags { get; } = new[]
    {
        new SandboxFlag("--runai-projects", "12", "Number of seeded Run:ai projects (project-0001...).", (o, v) => o.Family<RunAiOptions>().Projects = SandboxFlag.Count(v)),
        new SandboxFlag("--runai-departments", "2", "Number of seeded Run:ai departments besides each cluster's default one.", (o, v) => o.Family<RunAiOptions>().Departments = SandboxFlag.Count(v)),
        new SandboxFlag("--runai-clusters", "1", "Number of seeded Run:ai clusters.", (o, v) => o.Family<RunAiOptions>().Clusters = Math.Max(1, SandboxFlag.Count(v))),
        new SandboxFlag("--runai-nodes", "6", "Number of seeded GPU nodes per Run:ai cluster.", (o, v) => o.Family<RunAiOptions>().Nodes = SandboxFlag.Count(v)),
        new SandboxFlag("--runai-token-lifetime", "3600", "Seconds the Run:ai token endpoints' access tokens live.", (o, v) => o.Family<RunAiOptions>().TokenLifetimeSeconds = SandboxFlag.Count(v)),
        new SandboxFlag("--runai-realm", "runai", "Keycloak realm of the Run:ai realm token flow.", (o, v) => o.Family<RunAiOptions>().Realm = v),
        SandboxFlag.Switch("--runai-no-v2", "Run:ai answers /api/v2/token with 404, as older tenants do (clients fall back to /api/v1/token).", o => o.Family<RunAiOptions>().V2Token = false),
    };

    public IReadOnlyList<string> Help { get; } = new[]
    {
        "API: " + RunAiEndpoints.Prefix + "/api/v1/... and " + RunAiEndpoints.Prefix + "/api/v2/token; applications per role in /_sandbox/credentials (runai).",
        "  PUT /_sandbox/runai {tokenLifetimeSeconds, v2Token, expireTokensAfterRequests, stuckNext} changes the settings,",
        "  POST /_sandbox/runai/expire-tokens expires every token now, GET|DELETE /_sandbox/runai/exchanges reads the bodies exchanged.",
    };

    public RunAiOptions Options { get; private set; } = null!;

    public RunAiStore Store { get; private set; } = null!;

    public RunAiTokens Tokens { get; } = new();

    public RunAiExchanges Exchanges { get; } = new();

    public SandboxState State => _state!;

    public Uri BaseUri => new(_state!.BaseUri, RunAiEndpoints.Prefix.TrimStart('/') + "/");

    public void Initialize(SandboxState state)
    {
        _state = state;
        Options = state.Options.Family<RunAiOptions>();
        _startup = Copy(Options);
        Store = new RunAiStore(Options, state.Options.Seed);
    }

    public void Map(WebApplication app) => RunAiEndpoints.Map(app, this);

    public void Reset()
    {
        var o = Options;
        o.TokenLifetimeSeconds = _startup.TokenLifetimeSeconds;
        o.V2Token = _startup.V2Token;
        o.ExpireTokensAfterRequests = _startup.ExpireTokensAfterRequests;
        o.StuckNext = _startup.StuckNext;
        Tokens.Reset();
        Exchanges.Clear();
        Store = new RunAiStore(_startup, _state!.Options.Seed);
    }

    public void AddCredentials(JsonObject credentials)
    {
        var apps = new JsonObject();
        foreach (var app in RunAiTokens.Applications)
        {
            apps[app.Role] = new JsonObject { ["clientId"] = app.ClientId, ["clientSecret"] = app.Secret };
        }

        credentials["runai"] = new JsonObject { ["url"] = BaseUri.ToString(), ["realm"] = Options.Realm, ["applications"] = apps };
    }

    public IEnumerable<KeyValuePair<string, string>> Banner()
    {
        yield return new("Run:ai API", BaseUri.ToString());
        yield return new("Run:ai projects", Options.Projects + " in " + Options.Clusters + " cluster(s)" + (Options.V2Token ? string.Empty : " (no /api/v2/token)"));
    }

    private static RunAiOptions Copy(RunAiOptions o) => new()
    {
        Clusters = o.Clusters,
        Departments = o.Departments,
        Projects = o.Projects,
        Nodes = o.Nodes,
        TokenLifetimeSeconds = o.TokenLifetimeSeconds,
        V2Token = o.V2Token,
        Realm = o.Realm,
        ExpireTokensAfterRequests = o.ExpireTokensAfterRequests,
        StuckNext = o.StuckNext,
    };
}
