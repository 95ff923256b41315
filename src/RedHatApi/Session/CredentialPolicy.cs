using System;
using System.Collections.Generic;

namespace RedHatApi.Session;

/// <summary>
/// Which SSO client each API accepts, so each API call picks the right credential of a multi-credential session.
/// </summary>
internal static class CredentialPolicy
{
    /// <summary>RHSM accepts only tokens of the rhsm-api client.</summary>
    internal const string RhsmClientId = "rhsm-api";

    /// <summary>console.redhat.com and api.openshift.com accept cloud-services tokens.</summary>
    internal const string ConsoleClientId = "cloud-services";

    /// <summary>The client a -OfflineToken defaults to when the token names none (not a JWT) and -ClientId is absent.</summary>
    internal const string DefaultOfflineClientId = ConsoleClientId;

    /// <summary>The client id whose offline token an API wants.</summary>
    internal static string PreferredClientFor(ApiName api) => api == ApiName.Rhsm ? RhsmClientId : ConsoleClientId;

    /// <summary>APIs a credential serves: an offline token serves what its client is for; a service account or a
    /// static token serves the console APIs unless the user named others with -Api. console.redhat.com also takes
    /// rhsm-api tokens (Red Hat's own tools refresh with rhsm-api there), so an RHSM-only user reaches the inventory
    /// too; when both tokens are in a session, the cloud-services one is preferred.</summary>
    internal static IReadOnlyList<ApiName> DefaultApisFor(string clientId, CredentialKind kind)
    {
        if (kind == CredentialKind.OfflineToken)
        {
            return string.Equals(clientId, RhsmClientId, StringComparison.OrdinalIgnoreCase)
                ? new[] { ApiName.Rhsm, ApiName.Console }
                : new[] { ApiName.Assisted, ApiName.Console };
        }

        return new[] { ApiName.Assisted, ApiName.Console };
    }
}
