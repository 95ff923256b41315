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
    private Random _random;

    public SandboxState(SandboxOptions options, Uri baseUri)
    {
        Options = options;
        BaseUri = baseUri;
        Tokens = new TokenService(options, baseUri);
        Systems = new SystemStore(options.Systems, options.Seed);
        Assisted = new AssistedStore(options.Assisted, options.Seed);
        _random = new Random(options.Seed);
    }

    public SandboxOptions Options { get; }

    public Uri BaseUri { get; }

    public TokenService Tokens { get; }

    public SystemStore Systems { get; }

    /// <summary>Assisted Installer clusters and events.</summary>
    public AssistedStore Assisted { get; }

    public RequestLog Log { get; } = new();

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

    public void Reset()
    {
        ClearFaults();
        Log.Clear();
        Tokens.Reset();
        Systems.Reseed(Options.Systems, Options.Seed);
        Assisted.Reseed(Options.Seed);
        lock (_randomGate)
        {
            _random = new Random(Options.Seed);
        }
    }
}
