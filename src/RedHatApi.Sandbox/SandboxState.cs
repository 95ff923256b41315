using System;
using System.Collections.Generic;
using RedHatApi.Sandbox.Control;
using RedHatApi.Sandbox.Data;
using RedHatApi.Sandbox.Sso;

namespace RedHatApi.Sandbox;

/// <summary>Everything one sandbox instance holds; shared by its endpoints, thread-safe.</summary>
public sealed class SandboxState
{
    private readonly object _randomGate = new();
    private readonly List<FaultRule> _rules = new();
    private readonly (TimeSpan Lifetime, bool Rotate, OverCapBehavior OverCap) _startupSettings;
    private readonly OpenShift.ClusterOptions _startupCluster;
    private Random _random;

    public SandboxState(SandboxOptions options, Uri baseUri)
    {
        Options = options;
        BaseUri = baseUri;
        _startupSettings = (options.AccessTokenLifetime, options.RotateRefreshTokens, options.OverCap);
        Tokens = new TokenService(options, baseUri);
        Systems = new SystemStore(options.Systems, options.Seed);
        Subscriptions = new SubscriptionStore(Systems, options.Seed);
        Allocations = new AllocationStore(options.Seed);
        Images = new ImageCatalog(options.Seed, options.ImageBytes);
        Assisted = new AssistedStore(options.Assisted, options.Seed);
        _startupCluster = options.Cluster.Copy();
        Cluster = new ClusterStore(options.Cluster, options.Seed);
        _random = new Random(options.Seed);
    }

    public SandboxOptions Options { get; }

    public Uri BaseUri { get; }

    public TokenService Tokens { get; }

    public SystemStore Systems { get; }

    /// <summary>Subscriptions, pools and the entitlements systems hold; seeded from <see cref="Systems"/>.</summary>
    public SubscriptionStore Subscriptions { get; }

    /// <summary>Subscription allocations and the pool catalog they draw from.</summary>
    public AllocationStore Allocations { get; }

    /// <summary>Assisted Installer clusters and events.</summary>
    public AssistedStore Assisted { get; }

    public RequestLog Log { get; } = new();

    /// <summary>Namespaces, service accounts, secrets and tokens of the emulated cluster.</summary>
    public ClusterStore Cluster { get; }

    /// <summary>https://127.0.0.1:port/ of the cluster API when it is enabled.</summary>
    public Uri? ClusterUri { get; internal set; }

    /// <summary>The PEM file of the CA that signed the cluster's certificate, for -CertificateAuthority.</summary>
    public string? ClusterCertificateAuthorityPath { get; internal set; }

    /// <summary>Seeded RHEL images; rebuilt by Reset only when the image size setting changed.</summary>
    public ImageCatalog Images { get; private set; }

    /// <summary>Next value of the seeded random source behind the fault rates.</summary>
    public double NextRandom()
    {
        lock (_randomGate)
        {
            return _random.NextDouble();
        }
    }

    public void AddRule(FaultRule rule)
    {
        lock (_rules)
        {
            _rules.Add(rule);
        }
    }

    /// <summary>Takes one use of the first rule matching the request, if any.</summary>
    public FaultRule? TakeRule(string method, string path, string query)
    {
        lock (_rules)
        {
            var rule = _rules.Find(r => r.Count > 0
                && (r.Method is null || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))
                && (r.PathContains is null || path.Contains(r.PathContains, StringComparison.Ordinal))
                && (r.QueryContains is null || query.Contains(r.QueryContains, StringComparison.Ordinal)));
            if (rule is null)
            {
                return null;
            }

            rule.Count--;
            if (rule.Count == 0)
            {
                _rules.Remove(rule);
            }

            return rule;
        }
    }

    public void ClearFaults()
    {
        lock (_rules)
        {
            _rules.Clear();
        }

        var f = Options.Faults;
        f.LatencyMs = 0;
        f.ErrorRate = f.ThrottleRate = f.DropRate = f.MalformedRate = 0;
        f.ErrorStatus = 503;
        f.RetryAfterSeconds = 1;
    }

    /// <summary>Back to the state the sandbox started in: data, tokens, faults and the PUT /_sandbox/settings knobs.</summary>
    public void Reset()
    {
        ClearFaults();
        (Options.AccessTokenLifetime, Options.RotateRefreshTokens, Options.OverCap) = _startupSettings;
        Log.Clear();
        Tokens.Reset();
        Systems.Reseed(Options.Systems, Options.Seed);
        Subscriptions.Reseed(Options.Seed);
        Allocations.Reseed(Options.Seed);
        Images = Images.ImageBytes == Options.ImageBytes ? Images : new ImageCatalog(Options.Seed, Options.ImageBytes);
        Assisted.Reseed(Options.Seed);
        Options.Cluster.CopyFrom(_startupCluster);
        Cluster.Reseed(Options.Seed);
        lock (_randomGate)
        {
            _random = new Random(Options.Seed);
        }
    }
}
