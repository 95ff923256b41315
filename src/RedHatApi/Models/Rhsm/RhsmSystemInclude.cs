namespace RedHatApi.Models.Rhsm;

/// <summary>What Get-RhsmSystem -Include adds to a system (the API's include= on GET /systems/{uuid}).</summary>
public enum RhsmSystemInclude
{
    /// <summary>The facts subscription-manager uploaded: network.fqdn, net.interface.*.mac_address, dmi.*, virt.*...</summary>
    Facts,

    /// <summary>The products installed on the system and their subscription status.</summary>
    InstalledProducts,

    /// <summary>The entitlements attached to the system.</summary>
    Entitlements,
}
