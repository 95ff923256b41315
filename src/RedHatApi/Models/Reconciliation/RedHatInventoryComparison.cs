using System;

namespace RedHatApi.Models.Reconciliation;

/// <summary>
/// One host of a reconciliation across the CMDB and the Red Hat APIs (Compare-RedHatInventory). Every property is a
/// scalar, so rows go straight through ConvertTo-RedHatApiRecord into a CSV file or a CMDB import; for each source
/// there are four columns (three for the CMDB): whether it knows the host, its id there, when it last saw it and its status there.
/// </summary>
public sealed class RedHatInventoryComparison
{
    internal RedHatInventoryComparison(string hostName, RedHatInventoryStatus status, string reason, DateTimeOffset retrievedAt)
    {
        HostName = hostName;
        Status = status;
        Reason = reason;
        RetrievedAt = retrievedAt;
    }

    /// <summary>The host name as the CMDB spells it, else as the first source that names it does.</summary>
    public string HostName { get; }

    /// <summary>The overall status; Reason says what to do about it.</summary>
    public RedHatInventoryStatus Status { get; }

    /// <summary>Why the host has this status and the action that resolves it.</summary>
    public string Reason { get; }

    /// <summary>The RHSM system UUID (the inventory's subscription_manager_id) the host is known by, when any source gives one.</summary>
    public Guid? SubscriptionManagerId { get; internal set; }

    /// <summary>The MAC addresses the sources report for the host, lower case, separated by ", ".</summary>
    public string? MacAddress { get; internal set; }

    /// <summary>The most recent time any source saw the host.</summary>
    public DateTimeOffset? LastSeen { get; internal set; }

    /// <summary>The source that saw the host at LastSeen.</summary>
    public RedHatInventorySource? LastSeenBy { get; internal set; }

    /// <summary>Whole days from LastSeen to the comparison.</summary>
    public int? DaysSinceLastSeen { get; internal set; }

    /// <summary>Whether the CMDB knows the host.</summary>
    public bool InCmdb { get; internal set; }

    /// <summary>The value of the first -Property column of the CMDB row(s). Several are separated by ", ".</summary>
    public string? CmdbId { get; internal set; }

    /// <summary>The -LastSeenProperty value of the CMDB row, when given.</summary>
    public DateTimeOffset? CmdbLastSeen { get; internal set; }

    /// <summary>Whether RHSM knows the host.</summary>
    public bool InRhsm { get; internal set; }

    /// <summary>The RHSM system UUID(s). Several are separated by ", ".</summary>
    public string? RhsmId { get; internal set; }

    /// <summary>The system's last check-in.</summary>
    public DateTimeOffset? RhsmLastSeen { get; internal set; }

    /// <summary>The system's entitlement status.</summary>
    public string? RhsmStatus { get; internal set; }

    /// <summary>Whether the console inventory knows the host.</summary>
    public bool InInventory { get; internal set; }

    /// <summary>The inventory host id(s). Several are separated by ", ".</summary>
    public string? InventoryId { get; internal set; }

    /// <summary>When the inventory host was last updated.</summary>
    public DateTimeOffset? InventoryLastSeen { get; internal set; }

    /// <summary>The host's staleness in the inventory.</summary>
    public string? InventoryStatus { get; internal set; }

    /// <summary>Whether the Assisted Installer knows the host.</summary>
    public bool InAssisted { get; internal set; }

    /// <summary>The Assisted host id(s). Several are separated by ", ".</summary>
    public string? AssistedId { get; internal set; }

    /// <summary>When the host's agent last checked in.</summary>
    public DateTimeOffset? AssistedLastSeen { get; internal set; }

    /// <summary>The Assisted host status (known, installed, disconnected...).</summary>
    public string? AssistedStatus { get; internal set; }

    /// <summary>Whether Ironic knows the host.</summary>
    public bool InIronic { get; internal set; }

    /// <summary>The Ironic node UUID(s). Several are separated by ", ".</summary>
    public string? IronicId { get; internal set; }

    /// <summary>When Ironic last updated the node.</summary>
    public DateTimeOffset? IronicLastSeen { get; internal set; }

    /// <summary>The node's provision state.</summary>
    public string? IronicStatus { get; internal set; }

    /// <summary>Whether OpenShift knows the host.</summary>
    public bool InOpenShift { get; internal set; }

    /// <summary>The node as cluster/name. Several are separated by ", ".</summary>
    public string? OpenShiftId { get; internal set; }

    /// <summary>The node's last Ready heartbeat.</summary>
    public DateTimeOffset? OpenShiftLastSeen { get; internal set; }

    /// <summary>Ready, NotReady or Unknown.</summary>
    public string? OpenShiftStatus { get; internal set; }

    /// <summary>The sources this comparison read, separated by ", " (a source not read cannot vouch for a host's absence).</summary>
    public string SourcesCompared { get; internal set; } = string.Empty;

    /// <summary>When the comparison ran (the API data is at most this old).</summary>
    public DateTimeOffset RetrievedAt { get; }

    /// <inheritdoc />
    public override string ToString() => HostName + ": " + Status;
}
