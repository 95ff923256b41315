namespace RedHatApi.Models.Reconciliation;

/// <summary>What Compare-RedHatInventory may join records on.</summary>
public enum RedHatInventoryKey
{
    /// <summary>The FQDN or host name (case-insensitive, without a trailing root dot).</summary>
    HostName,

    /// <summary>The RHSM system UUID, which the console inventory calls subscription_manager_id.</summary>
    SubscriptionManagerId,

    /// <summary>Any MAC address of the host.</summary>
    MacAddress,
}
