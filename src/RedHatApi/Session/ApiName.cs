namespace RedHatApi.Session;

/// <summary>The Red Hat APIs a session can call; each picks the credential it needs.</summary>
public enum ApiName
{
    /// <summary>Red Hat Subscription Management API (api.access.redhat.com/management/v1); wants rhsm-api tokens.</summary>
    Rhsm,

    /// <summary>Assisted Installer API v2 (api.openshift.com); wants cloud-services tokens or a service account.</summary>
    Assisted,

    /// <summary>console.redhat.com's APIs (inventory, export service); wants cloud-services tokens or a service account, and takes rhsm-api tokens too.</summary>
    Console,
}
