namespace RedHatApi.Session;

/// <summary>How a credential obtains access tokens.</summary>
public enum CredentialKind
{
    /// <summary>An offline (refresh) token exchanged at Red Hat SSO with the refresh_token grant.</summary>
    OfflineToken,

    /// <summary>A service account's client id and secret, exchanged with the client_credentials grant.</summary>
    ClientCredentials,

    /// <summary>A static bearer token, used as is and never refreshed.</summary>
    AccessToken,

    /// <summary>The agent token of a pull secret (its cloud.openshift.com entry), sent as X-Secret-Key to the Assisted
    /// Installer's agent-facing calls only; never refreshed.</summary>
    PullSecret,

    /// <summary>A cluster user name and password, logged in at the cluster's OAuth server again whenever its token runs out.</summary>
    Password,
}
