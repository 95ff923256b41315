namespace RedHatApi.Models.Reconciliation;

/// <summary>A source Compare-RedHatInventory reads hosts from.</summary>
public enum RedHatInventorySource
{
    /// <summary>The CMDB rows given to -ReferenceObject.</summary>
    Cmdb,

    /// <summary>Systems registered to Red Hat Subscription Management.</summary>
    Rhsm,

    /// <summary>Hosts of the console.redhat.com inventory.</summary>
    Inventory,

    /// <summary>Hosts of the Assisted Installer's clusters and infra-envs.</summary>
    Assisted,

    /// <summary>OpenStack Ironic nodes and their ports (when Ironic is connected).</summary>
    Ironic,

    /// <summary>Nodes of the connected OpenShift clusters.</summary>
    OpenShift,
}
