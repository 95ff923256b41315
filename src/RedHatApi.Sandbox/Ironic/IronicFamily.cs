using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace RedHatApi.Sandbox.Ironic;

/// <summary>Start-up settings of the sandbox's Ironic.</summary>
public sealed class IronicOptions
{
    /// <summary>Seeded nodes (node-0001...), one port each.</summary>
    public int Nodes { get; set; } = 8;

    /// <summary>[api]restrict_lookup: lookups match only nodes waiting for an agent, or with fast_track.</summary>
    public bool RestrictLookup { get; set; }

    /// <summary>auth_strategy = http_basic for everything but /, lookup and heartbeat.</summary>
    public bool HttpBasic { get; set; }
}

/// <summary>
/// OpenStack Ironic under /ironic: the version documents and headers (1.1 to 1.82, 406 outside), agent lookup
/// with the token handed out once, heartbeat validation (token, fields per microversion, 409 while a node is
/// locked), nodes and ports with limit / marker paging and next links, and errors as JSON inside a string, as
/// Ironic 21.4 answers them. No auth by default; --ironic-basic puts HTTP Basic in front, as Metal3 does.
/// </summary>
public sealed class IronicFamily : ISandboxFamily
{
    /// <summary>The HTTP Basic user of --ironic-basic.</summary>
    public const string UserName = "ironic-user";

    /// <summary>Its password: a sandbox value, not anyone's secret.</summary>
    public const string Password = "sandbox-ironic-password";

    private SandboxState? _state;
    private IronicOptions _startup = new();

    public int Order => 60;

    public string Name => "OpenStack Ironic";

    public IReadOnlyList<SandboxFlag> Flags { get; } = new[]
    {
        new SandboxFlag("--ironic-nodes", "8", "Number of seeded Ironic nodes (node-0001...), one port each.", (o, v) => o.Family<IronicOptions>().Nodes = SandboxFlag.Count(v)),
        SandboxFlag.Switch("--ironic-restrict-lookup", "Ironic lookups match only nodes waiting for an agent (clean/deploy wait) or with fast_track, as [api]restrict_lookup = true.", o => o.Family<IronicOptions>().RestrictLookup = true),
        SandboxFlag.Switch("--ironic-basic", "Ironic requires HTTP Basic (user and password in /_sandbox/credentials) except on /, lookup and heartbeat, as Metal3 runs it.", o => o.Family<IronicOptions>().HttpBasic = true),
    };

    public IReadOnlyList<string> Help { get; } = new[]
    {
        "API: " + IronicEndpoints.Prefix + "/ (versions 1.1 to " + IronicEndpoints.MaxVersion + "); PUT /_sandbox/ironic {restrictLookup, httpBasic} changes the",
        "  settings, POST /_sandbox/ironic/lock {node, count} answers that many heartbeats of the node with 409.",
    };

    public IronicOptions Options { get; private set; } = null!;

    public IronicStore Store { get; private set; } = null!;

    public Uri BaseUri => new(_state!.BaseUri, IronicEndpoints.Prefix.TrimStart('/') + "/");

    public void Initialize(SandboxState state)
    {
        _state = state;
        Options = state.Options.Family<IronicOptions>();
        _startup = new IronicOptions { Nodes = Options.Nodes, RestrictLookup = Options.RestrictLookup, HttpBasic = Options.HttpBasic };
        Store = new IronicStore(Options.Nodes, state.Options.Seed);
    }

    public void Map(WebApplication app) => IronicEndpoints.Map(app, this);

    public void Reset()
    {
        Options.RestrictLookup = _startup.RestrictLookup;
        Options.HttpBasic = _startup.HttpBasic;
        Store = new IronicStore(_startup.Nodes, _state!.Options.Seed);
    }

    public void AddCredentials(JsonObject credentials) =>
        credentials["ironic"] = new JsonObject { ["url"] = BaseUri.ToString(), ["userName"] = UserName, ["password"] = Password, ["httpBasic"] = Options.HttpBasic };

    public IEnumerable<KeyValuePair<string, string>> Banner()
    {
        yield return new("Ironic API", BaseUri.ToString());
        yield return new("Ironic nodes", Options.Nodes + (Options.HttpBasic ? " (HTTP Basic " + UserName + ")" : " (no auth)"));
    }
}
