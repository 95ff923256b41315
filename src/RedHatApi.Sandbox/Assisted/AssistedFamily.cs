using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using RedHatApi.Sandbox.Assisted.Data;
using RedHatApi.Sandbox.Sso;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// The Assisted Installer API v2 (/api/assisted-install/v2): clusters with their install state machine, infra-envs,
/// hosts, events, credentials, the discovery agent's calls and the image service. Accepts cloud-services and service
/// account tokens of <see cref="SsoFamily"/>, and the pull secret's token for agent calls.
/// </summary>
public sealed class AssistedFamily : ISandboxFamily
{
    private SandboxState? _state;

    public int Order => 30;

    public string Name => "Assisted Installer";

    public IReadOnlyList<SandboxFlag> Flags { get; } = new[]
    {
        new SandboxFlag("--assisted-step-ms", "1000", "Length of one install stage (an install takes five).", (o, v) => o.Family<AssistedOptions>().StepMilliseconds = Math.Max(1, SandboxFlag.Count(v))),
        SandboxFlag.Switch("--assisted-fail-installs", "Every installation ends in error half-way (clusters named *fail-install* always do).", o => o.Family<AssistedOptions>().FailInstalls = true),
    };

    public IReadOnlyList<string> Help { get; } = new[]
    {
        "API: " + AssistedEndpoints.Prefix + "/ (cloud-services or service account tokens; X-Secret-Key for agent calls).",
        "Control: GET/PUT /_sandbox/assisted/settings, GET /_sandbox/assisted/bodies.",
    };

    public AssistedOptions Options { get; private set; } = null!;

    /// <summary>Clusters, infra-envs, hosts and events.</summary>
    public AssistedStore Assisted { get; private set; } = null!;

    /// <summary>SSO's tokens: the service accepts cloud-services and the console service account.</summary>
    public TokenService Tokens => _state!.Family<SsoFamily>().Tokens;

    public Uri BaseUri => _state!.BaseUri;

    public int Seed => _state!.Options.Seed;

    /// <summary>Size of a discovery ISO.</summary>
    public long ImageBytes => _state!.Options.ImageBytes;

    public void Initialize(SandboxState state)
    {
        _state = state;
        Options = state.Options.Family<AssistedOptions>();

        // The store remembers the start-up settings and restores them on every reseed.
        Assisted = new AssistedStore(Options, state.Options.Seed);
    }

    public void Map(WebApplication app) => AssistedEndpoints.Map(app, this);

    public void Reset() => Assisted.Reseed(Seed);

    public void AddCredentials(JsonObject credentials) => credentials["pullSecret"] = AgentAuth.PullSecret(Seed);

    public IEnumerable<KeyValuePair<string, string>> Banner()
    {
        yield return new("Assisted API", new Uri(BaseUri, "api/assisted-install/v2/").ToString());
    }
}
