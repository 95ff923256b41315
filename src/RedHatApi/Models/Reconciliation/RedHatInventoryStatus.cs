namespace RedHatApi.Models.Reconciliation;

/// <summary>How one host stands across the CMDB and the Red Hat APIs (Compare-RedHatInventory).</summary>
public enum RedHatInventoryStatus
{
    /// <summary>In the CMDB and registered to RHSM with a recent check-in (or, without RHSM, seen by an API source).</summary>
    Match,

    /// <summary>In the CMDB and in RHSM, but its RHSM check-in is older than -StaleAfter: RHSM deletes it at 30 days.</summary>
    Stale,

    /// <summary>
    /// In the CMDB, absent from RHSM, but seen by the CMDB or another source within -SeenWithin: RHSM most likely
    /// deleted it after 30 days without a check-in, and the host needs registering again.
    /// </summary>
    LikelyAutoDeletedByRhsm,

    /// <summary>In the CMDB and known to an API source other than RHSM, not seen recently and not registered to RHSM.</summary>
    MissingInRhsm,

    /// <summary>Only the CMDB knows the host, and nothing saw it within -SeenWithin: the CMDB record can be retired.</summary>
    Decommissioned,

    /// <summary>Known to an API source but not to the CMDB.</summary>
    MissingInCmdb,

    /// <summary>One source holds more than one record of the host (re-registrations, double CMDB rows).</summary>
    Duplicate,
}
