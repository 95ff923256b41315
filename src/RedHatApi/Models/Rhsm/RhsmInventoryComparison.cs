using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Rhsm;

/// <summary>One host of a CMDB-to-RHSM comparison (Compare-RhsmInventory); every property is a column a CMDB can take.</summary>
public sealed class RhsmInventoryComparison
{
    internal RhsmInventoryComparison(
        string hostName, RhsmInventoryStatus status, string reason, IReadOnlyList<Guid> systemUuid,
        DateTimeOffset? lastCheckin, int? daysSinceCheckin, int rhsmCount, int cmdbCount, DateTimeOffset retrievedAt)
    {
        HostName = hostName;
        Status = status;
        Reason = reason;
        SystemUuid = systemUuid;
        LastCheckin = lastCheckin;
        DaysSinceCheckin = daysSinceCheckin;
        RhsmCount = rhsmCount;
        CmdbCount = cmdbCount;
        RetrievedAt = retrievedAt;
    }

    /// <summary>The host name as the CMDB spells it, or as RHSM does for hosts the CMDB lacks.</summary>
    public string HostName { get; }

    /// <summary>Match, MissingInRhsm, MissingInCmdb, Stale or Duplicate.</summary>
    public RhsmInventoryStatus Status { get; }

    /// <summary>Why the host has this status, in words an operator can act on.</summary>
    public string Reason { get; }

    /// <summary>
    /// The RHSM systems with this host name, most recently checked in first; empty when RHSM has none. Named like the
    /// parameter alias so rows pipe straight into Get-RhsmSystem or Remove-RhsmSystem.
    /// </summary>
    public IReadOnlyList<Guid> SystemUuid { get; }

    /// <summary>The newest check-in among those systems.</summary>
    public DateTimeOffset? LastCheckin { get; }

    /// <summary>Whole days from LastCheckin to the comparison.</summary>
    public int? DaysSinceCheckin { get; }

    /// <summary>RHSM systems with this host name.</summary>
    public int RhsmCount { get; }

    /// <summary>CMDB records with this host name.</summary>
    public int CmdbCount { get; }

    /// <summary>When the comparison ran (the RHSM data is at most this old).</summary>
    public DateTimeOffset RetrievedAt { get; }

    /// <inheritdoc />
    public override string ToString() => HostName + ": " + Status;
}
