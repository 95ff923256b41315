using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Sandbox.Control;

namespace RedHatApi.Sandbox;

/// <summary>
/// What one sandbox instance shares across its families: options, base URL, request log, fault rules and the seeded
/// random source behind fault rates, and the families themselves (each holds its own stores). Thread-safe.
/// </summary>
public sealed class SandboxState
{
    private readonly object _randomGate = new();
    private readonly List<FaultRule> _rules = new();
    private Random _random;

    public SandboxState(SandboxOptions options, Uri baseUri, IReadOnlyList<ISandboxFamily> families)
    {
        Options = options;
        BaseUri = baseUri;
        Families = families;
        _random = new Random(options.Seed);
        foreach (var family in families)
        {
            family.Initialize(this);
        }
    }

    public SandboxOptions Options { get; }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUri { get; }

    public RequestLog Log { get; } = new();

    /// <summary>The API families this sandbox serves, in their order.</summary>
    public IReadOnlyList<ISandboxFamily> Families { get; }

    /// <summary>One family, for families that build on another (RHSM and Assisted accept SSO's tokens).</summary>
    public T Family<T>()
        where T : ISandboxFamily =>
        Families.OfType<T>().FirstOrDefault() ?? throw new InvalidOperationException(typeof(T).Name + " is not part of this sandbox.");

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

    /// <summary>Back to the state the sandbox started in: the log, then every family's data and settings, then the random source.</summary>
    public void Reset()
    {
        Log.Clear();
        foreach (var family in Families)
        {
            family.Reset();
        }

        lock (_randomGate)
        {
            _random = new Random(Options.Seed);
        }
    }
}
