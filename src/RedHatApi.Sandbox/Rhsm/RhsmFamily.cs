using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using RedHatApi.Sandbox.Rhsm.Data;
using RedHatApi.Sandbox.Sso;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>
/// The RHSM API v1 (/management/v1): systems with their errata, packages and entitlements, subscriptions,
/// allocations, RHEL images and the CDN host their download links point at. Accepts rhsm-api tokens of
/// <see cref="SsoFamily"/>.
/// </summary>
public sealed class RhsmFamily : ISandboxFamily
{
    private SandboxState? _state;
    private OverCapBehavior _startupOverCap;
    private int _startupAutoDelete;
    private int _startupManifestPolls;

    public int Order => 20;

    public string Name => "RHSM";

    public IReadOnlyList<SandboxFlag> Flags { get; } = new[]
    {
        new SandboxFlag("--systems", "250", "Number of seeded systems.", (o, v) => o.Family<RhsmOptions>().Systems = SandboxFlag.Count(v)),
        new SandboxFlag("--rhsm-auto-delete-days", "N", "Delete systems not checked in for N days, as RHSM does at 30 (0, the default: keep them).", (o, v) => o.Family<RhsmOptions>().AutoDeleteDays = SandboxFlag.Count(v)),
        new SandboxFlag("--over-cap", "cap|reject", "A limit above an endpoint's cap is served capped, or answered 400.", (o, v) => o.Family<RhsmOptions>().OverCap = SandboxFlag.Enum<OverCapBehavior>(v)),
    };

    public IReadOnlyList<string> Help { get; } = new[] { "API: " + RhsmEndpoints.Prefix + "/ (rhsm-api tokens only)." };

    public RhsmOptions Options { get; private set; } = null!;

    /// <summary>SSO's tokens: RHSM accepts those of the rhsm-api client.</summary>
    public TokenService Tokens => _state!.Family<SsoFamily>().Tokens;

    public Uri BaseUri => _state!.BaseUri;

    public int Seed => _state!.Options.Seed;

    public SystemStore Systems { get; private set; } = null!;

    /// <summary>Subscriptions, pools and the entitlements systems hold; seeded from <see cref="Systems"/>.</summary>
    public SubscriptionStore Subscriptions { get; private set; } = null!;

    /// <summary>Subscription allocations and the pool catalog they draw from.</summary>
    public AllocationStore Allocations { get; private set; } = null!;

    /// <summary>Seeded RHEL images; rebuilt by Reset only when the image size setting changed.</summary>
    public ImageCatalog Images { get; private set; } = null!;

    public void Initialize(SandboxState state)
    {
        _state = state;
        Options = state.Options.Family<RhsmOptions>();
        _startupOverCap = Options.OverCap;
        var seed = state.Options.Seed;
        Systems = new SystemStore(Options.Systems, seed);
        Subscriptions = new SubscriptionStore(Systems, seed);
        Allocations = new AllocationStore(seed);
        Images = new ImageCatalog(seed, state.Options.ImageBytes);
        Manifests = new ManifestStore(seed);
        _startupAutoDelete = Options.AutoDeleteDays;
        _startupManifestPolls = Options.ManifestPolls;
        ApplyAutoDelete();
    }

    /// <summary>Allocation manifest export jobs and the manifests they produce.</summary>
    public ManifestStore Manifests { get; private set; } = null!;

    /// <summary>Hands <see cref="RhsmOptions.AutoDeleteDays"/> to the system store (after start-up, a reset or a settings change).</summary>
    public void ApplyAutoDelete() =>
        Systems.AutoDeleteAfter = Options.AutoDeleteDays > 0 ? TimeSpan.FromDays(Options.AutoDeleteDays) : null;

    public void Map(WebApplication app)
    {
        RhsmEndpoints.Map(app, this);
        RhsmControlEndpoints.Map(app, this);
    }

    public void Reset()
    {
        var seed = _state!.Options.Seed;
        Options.OverCap = _startupOverCap;
        Options.AutoDeleteDays = _startupAutoDelete;
        Options.ManifestPolls = _startupManifestPolls;
        ApplyAutoDelete();
        Manifests.Reset();
        Systems.Reseed(Options.Systems, seed);
        Subscriptions.Reseed(seed);
        Allocations.Reseed(seed);
        Images = Images.ImageBytes == _state.Options.ImageBytes ? Images : new ImageCatalog(seed, _state.Options.ImageBytes);
    }

    public IEnumerable<KeyValuePair<string, string>> Banner()
    {
        yield return new("RHSM API", new Uri(BaseUri, "management/v1/").ToString());
        yield return new("Systems", Options.Systems + " (seed " + Seed + ")");
    }
}
