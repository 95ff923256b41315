using System;

namespace RedHatApi.Sandbox;

/// <summary>What a sandbox instance serves and how it misbehaves. Every knob is also a command-line flag.</summary>
public sealed class SandboxOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; } = 8443;

    /// <summary>Number of seeded RHSM systems.</summary>
    public int Systems { get; set; } = 250;

    /// <summary>Seed of the deterministic data and tokens.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Faults applied to API and SSO routes.</summary>
    public FaultSettings Faults { get; } = new();

    /// <summary>Lifetime of issued access tokens (expires_in).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Issue a new refresh token on every refresh and reject the old one as stale.</summary>
    public bool RotateRefreshTokens { get; set; }

    /// <summary>Also listen with HTTPS, on a second port, with a certificate from a throw-away CA.</summary>
    public bool Tls { get; set; }

    /// <summary>Size of a seeded boot ISO in bytes (KVM images are twice, DVDs three times that); small so tests stay fast.</summary>
    public long ImageBytes { get; set; } = 1024 * 1024;

    /// <summary>What RHSM does with a limit above an endpoint's cap.</summary>
    public OverCapBehavior OverCap { get; set; } = OverCapBehavior.Cap;

    /// <summary>Pace and outcome of emulated Assisted Installer installations.</summary>
    public Assisted.AssistedOptions Assisted { get; } = new();

    /// <summary>The emulated OpenShift / Kubernetes cluster API (off unless --cluster).</summary>
    public OpenShift.ClusterOptions Cluster { get; } = new();
}

/// <summary>Real RHSM has been seen to both cap an over-large limit silently and reject it.</summary>
public enum OverCapBehavior
{
    /// <summary>Serve the cap and echo it in pagination.limit.</summary>
    Cap,

    /// <summary>Answer 400 with the RHSM error body.</summary>
    Reject,
}
