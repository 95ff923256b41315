namespace RedHatApi.Models.Rhsm;

/// <summary>Simple Content Access of a subscription allocation (Set-RhsmAllocation -SimpleContentAccess).</summary>
public enum RhsmSimpleContentAccess
{
    /// <summary>Hosts get content without attaching entitlements (contentAccessMode org_environment).</summary>
    Enabled,

    /// <summary>Hosts need attached entitlements for content (contentAccessMode entitlement).</summary>
    Disabled,
}
