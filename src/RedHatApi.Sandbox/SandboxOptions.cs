using System;
using System.Collections.Concurrent;

namespace RedHatApi.Sandbox;

/// <summary>
/// What a sandbox instance serves and how it misbehaves. The shared knobs are properties; each family keeps its own
/// options object here (<see cref="Family{T}"/>), set by its command-line flags, so a new family adds no property.
/// </summary>
public sealed class SandboxOptions
{
    private readonly ConcurrentDictionary<Type, object> _families = new();

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; } = 8443;

    /// <summary>Seed of the deterministic data and tokens.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Also listen with HTTPS, on a second port, with a certificate from a throw-away CA.</summary>
    public bool Tls { get; set; }

    /// <summary>
    /// Size of a seeded boot ISO in bytes (RHSM's KVM images are twice, DVDs three times that; Assisted discovery
    /// images the same); small so tests stay fast.
    /// </summary>
    public long ImageBytes { get; set; } = 1024 * 1024;

    /// <summary>Faults applied to API and SSO routes.</summary>
    public FaultSettings Faults { get; } = new();

    /// <summary>The options object of one family, created with its defaults on first use.</summary>
    public T Family<T>()
        where T : class, new() => (T)_families.GetOrAdd(typeof(T), _ => new T());
}
