using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Rhsm;

/// <summary>A system (consumer) registered to Red Hat Subscription Management.</summary>
public sealed class RhsmSystem
{
    internal RhsmSystem(
        Guid uuid, string name, string? hostname, string? type, string? username, DateTimeOffset? lastCheckin,
        string? entitlementStatus, int entitlementCount, int securityErrata, int bugfixErrata, int enhancementErrata, Uri? href,
        DateTimeOffset retrievedAt)
    {
        Uuid = uuid;
        Name = name;
        Hostname = hostname;
        Type = type;
        Username = username;
        LastCheckin = lastCheckin;
        EntitlementStatus = entitlementStatus;
        EntitlementCount = entitlementCount;
        SecurityErrataCount = securityErrata;
        BugfixErrataCount = bugfixErrata;
        EnhancementErrataCount = enhancementErrata;
        Href = href;
        RetrievedAt = retrievedAt;
    }

    /// <summary>The consumer UUID; binds to -Uuid of the other RHSM system cmdlets.</summary>
    public Guid Uuid { get; }

    /// <summary>The name the system registered with.</summary>
    public string Name { get; }

    /// <summary>The host name the system reported, when it did.</summary>
    public string? Hostname { get; }

    /// <summary>Physical, Virtual, Hypervisor...</summary>
    public string? Type { get; }

    /// <summary>The user that registered the system.</summary>
    public string? Username { get; }

    /// <summary>Last check-in with RHSM; null when it never checked in.</summary>
    public DateTimeOffset? LastCheckin { get; }

    /// <summary>valid, invalid, partial, unentitled...</summary>
    public string? EntitlementStatus { get; }

    /// <summary>Entitlements attached.</summary>
    public int EntitlementCount { get; }

    /// <summary>Applicable security errata.</summary>
    public int SecurityErrataCount { get; }

    /// <summary>Applicable bug fix errata.</summary>
    public int BugfixErrataCount { get; }

    /// <summary>Applicable enhancement errata.</summary>
    public int EnhancementErrataCount { get; }

    /// <summary>The API URL of this system.</summary>
    public Uri? Href { get; }

    /// <summary>The system's facts (key to value), with -Include Facts; null when not asked for.</summary>
    public IReadOnlyDictionary<string, string>? Facts { get; init; }

    /// <summary>The products installed, with -Include InstalledProducts; null when not asked for.</summary>
    public IReadOnlyList<RhsmInstalledProduct>? InstalledProducts { get; init; }

    /// <summary>The entitlements attached, with -Include Entitlements; null when not asked for.</summary>
    public IReadOnlyList<RhsmAttachedEntitlement>? Entitlements { get; init; }

    /// <summary>
    /// The fully qualified name the system reported (the network.fqdn fact), with -Include Facts. Not named Fqdn, so a
    /// system piped to a cmdlet with an -Fqdn parameter does not bind an empty value to it.
    /// </summary>
    public string? NetworkFqdn => Facts is not null && Facts.TryGetValue("network.fqdn", out var fqdn) ? fqdn : null;

    /// <summary>The MAC addresses of the system's interfaces (net.interface.*.mac_address facts), with -Include Facts.</summary>
    public IReadOnlyList<string>? InterfaceMacAddresses => Facts is null ? null : MacFacts(Facts);

    /// <summary>When RedHatApi read this system from the API (provenance for CMDB records).</summary>
    public DateTimeOffset RetrievedAt { get; }

    /// <summary>Time since the last check-in, measured now; null when it never checked in.</summary>
    public TimeSpan? SinceLastCheckin => LastCheckin is { } at ? DateTimeOffset.UtcNow - at : null;

    /// <inheritdoc />
    public override string ToString() => Name;

    private static List<string> MacFacts(IReadOnlyDictionary<string, string> facts)
    {
        var macs = new List<string>();
        foreach (var pair in facts)
        {
            // The loopback interface reports 00:00:00:00:00:00; it names no machine.
            if (pair.Key.StartsWith("net.interface.", StringComparison.Ordinal) && pair.Key.EndsWith(".mac_address", StringComparison.Ordinal)
                && !string.IsNullOrEmpty(pair.Value) && pair.Value != "00:00:00:00:00:00" && !macs.Contains(pair.Value))
            {
                macs.Add(pair.Value);
            }
        }

        macs.Sort(StringComparer.Ordinal);
        return macs;
    }
}
