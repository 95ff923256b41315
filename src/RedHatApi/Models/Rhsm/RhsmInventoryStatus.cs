namespace RedHatApi.Models.Rhsm;

/// <summary>How one host compares between a CMDB and RHSM.</summary>
public enum RhsmInventoryStatus
{
    /// <summary>In both, and checked in to RHSM within the stale window.</summary>
    Match,

    /// <summary>In the CMDB but registered to RHSM under no system: unregistered, or registered under another name.</summary>
    MissingInRhsm,

    /// <summary>Registered to RHSM but unknown to the CMDB.</summary>
    MissingInCmdb,

    /// <summary>In both, but its newest RHSM system has not checked in within the stale window (or never has).</summary>
    Stale,

    /// <summary>More than one RHSM system, or more than one CMDB record, carries this host name.</summary>
    Duplicate,
}
