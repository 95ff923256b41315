using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>
/// A system an advisory applies to (GET /errata/{id}/systems). Its Uuid binds to -Uuid of Get-RhsmSystem,
/// Get-RhsmSystemErratum and Remove-RhsmSystem; ErratumId says which piped advisory it came from.
/// </summary>
public sealed class RhsmErratumSystem
{
    internal RhsmErratumSystem(string erratumId, RhsmSystem system)
    {
        ErratumId = erratumId;
        System = system;
    }

    /// <summary>The advisory that applies to the system.</summary>
    public string ErratumId { get; }

    /// <summary>The system as GET /systems describes it.</summary>
    public RhsmSystem System { get; }

    /// <summary>The consumer UUID.</summary>
    public Guid Uuid => System.Uuid;

    /// <summary>The name the system registered with.</summary>
    public string Name => System.Name;

    /// <summary>The host name the system reported, when it did.</summary>
    public string? Hostname => System.Hostname;

    /// <summary>Physical, Virtual, Hypervisor...</summary>
    public string? Type => System.Type;

    /// <summary>Last check-in with RHSM; null when it never checked in.</summary>
    public DateTimeOffset? LastCheckin => System.LastCheckin;

    /// <summary>valid, invalid, partial, unentitled...</summary>
    public string? EntitlementStatus => System.EntitlementStatus;

    /// <inheritdoc />
    public override string ToString() => Name;
}
