using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using RedHatApi.Sandbox.OpenShift.Data;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// An OpenShift (or plain Kubernetes) cluster API on its own HTTPS port, like api.&lt;cluster&gt;:6443: discovery,
/// who-am-I, service accounts and their tokens, RBAC, generic resources with watch, the OAuth server's password
/// login. Off unless --cluster; its control routes under /_sandbox/cluster exist either way.
/// </summary>
public sealed class OpenShiftFamily : ISandboxFamily
{
    private SandboxState? _state;
    private ClusterOptions? _startup;
    private int _port;

    public int Order => 40;

    public string Name => "OpenShift cluster";

    public IReadOnlyList<SandboxFlag> Flags { get; } = new[]
    {
        SandboxFlag.Switch("--cluster", "Serve the cluster API on its own HTTPS port (banner: Cluster API, Cluster CA (PEM)).", o => o.Family<ClusterOptions>().Enabled = true),
        new SandboxFlag("--cluster-flavor", "openshift|kubernetes", "OpenShift 4 (user.openshift.io, OAuth, builder/deployer accounts) or plain Kubernetes.", (o, v) => o.Family<ClusterOptions>().Flavor = SandboxFlag.Enum<ClusterFlavor>(v)),
        SandboxFlag.Switch("--cluster-no-token-secrets", "No legacy token secret per service account (OpenShift 4.11+, Kubernetes 1.24+).", o => o.Family<ClusterOptions>().LegacyTokenSecrets = false),
        new SandboxFlag("--cluster-max-token-expiration", "<s>", "Longer TokenRequests are shortened to this (default 86400).", (o, v) => o.Family<ClusterOptions>().MaxTokenExpirationSeconds = SandboxFlag.WholeNumber(v)),
        new SandboxFlag("--cluster-oauth-token-lifetime", "<s>", "Lifetime of tokens from a password login (default 86400).", (o, v) => o.Family<ClusterOptions>().OAuthTokenLifetimeSeconds = Math.Max(1, SandboxFlag.Count(v))),
    };

    public IReadOnlyList<string> Help => KubectlHelp.Lines;

    public ClusterOptions Options { get; private set; } = null!;

    /// <summary>Namespaces, service accounts, secrets, tokens, RBAC, generic objects and OAuth state.</summary>
    public ClusterStore Cluster { get; private set; } = null!;

    /// <summary>https://127.0.0.1:port/ of the cluster API when it is enabled.</summary>
    public Uri? ClusterUri { get; private set; }

    /// <summary>The PEM file of the CA that signed the cluster's certificate, for -CertificateAuthority and kubectl.</summary>
    public string? CertificateAuthorityPath { get; private set; }

    public int Seed => _state!.Options.Seed;

    public void Initialize(SandboxState state)
    {
        _state = state;
        Options = state.Options.Family<ClusterOptions>();
        _startup = Options.Copy();
        Cluster = new ClusterStore(Options, state.Options.Seed);
    }

    public void Listen(SandboxListeners listeners)
    {
        if (!Options.Enabled)
        {
            return;
        }

        // Its own HTTPS port, so the cluster's routes (/api, /apis, /oauth) never mix with Red Hat's.
        _port = listeners.AddHttps();
        ClusterUri = new Uri("https://127.0.0.1:" + _port.ToString(CultureInfo.InvariantCulture) + "/");
        CertificateAuthorityPath = listeners.Certificates!.AuthorityPemPath;
    }

    public void Map(WebApplication app)
    {
        ClusterEndpoints.MapControl(app, this);
        if (_port != 0)
        {
            Protobuf.ProtobufBodies.Use(app, _port);
            ClusterEndpoints.Map(app, this, _port);
        }
    }

    public void Reset()
    {
        Options.CopyFrom(_startup!);
        Cluster.Reseed(Seed);
    }

    public void AddCredentials(JsonObject credentials) => credentials["cluster"] = ClusterUri is null ? null : new JsonObject
    {
        ["url"] = ClusterUri.AbsoluteUri,
        ["certificateAuthority"] = CertificateAuthorityPath,
        ["adminToken"] = Cluster.Tokens.AdminToken,
        ["developerToken"] = Cluster.Tokens.DeveloperToken,
        ["oauthUsers"] = OAuthEndpoints.Users(Cluster),
    };

    public IEnumerable<KeyValuePair<string, string>> Banner()
    {
        if (ClusterUri is not { } cluster)
        {
            yield break;
        }

        yield return new("Cluster API", cluster.ToString());
        yield return new("Cluster CA (PEM)", CertificateAuthorityPath!);
        yield return new("Cluster", "Connect-RedHatApi -ClusterUrl " + cluster + " -AccessToken <adminToken of /_sandbox/credentials> -CertificateAuthority <CA>");
        yield return new("Cluster login", "Connect-RedHatApi -ClusterUrl " + cluster + " -Credential <a user of oauthUsers in /_sandbox/credentials> -CertificateAuthority <CA>");
    }
}
