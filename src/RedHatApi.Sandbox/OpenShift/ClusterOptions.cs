namespace RedHatApi.Sandbox.OpenShift;

/// <summary>Which kind of cluster the emulated Kubernetes API server is.</summary>
public enum ClusterFlavor
{
    /// <summary>OpenShift 4: user.openshift.io (users/~), builder and deployer service accounts, dockercfg secrets.</summary>
    OpenShift,

    /// <summary>Plain Kubernetes: no OpenShift API groups, so users/~ is 404 and SelfSubjectReview is the only "who am I".</summary>
    Kubernetes,
}

/// <summary>
/// The emulated cluster API (command line --cluster… and PUT /_sandbox/cluster/settings). The cluster listens on its
/// own HTTPS port with a certificate of the sandbox's throw-away CA, like an api.&lt;cluster&gt;:6443 endpoint.
/// </summary>
public sealed class ClusterOptions
{
    /// <summary>Serve the cluster API at all (it costs a CA and a second listener).</summary>
    public bool Enabled { get; set; }

    /// <summary>OpenShift (default) or plain Kubernetes.</summary>
    public ClusterFlavor Flavor { get; set; } = ClusterFlavor.OpenShift;

    /// <summary>
    /// True: the token controller creates a kubernetes.io/service-account-token secret for every new service account
    /// (Kubernetes before 1.24, OpenShift before 4.11). False: it no longer does (OpenShift 4.11 and later).
    /// </summary>
    public bool LegacyTokenSecrets { get; set; } = true;

    /// <summary>--service-account-max-token-expiration: longer TokenRequests are shortened to this (seconds).</summary>
    public long MaxTokenExpirationSeconds { get; set; } = 86_400;

    /// <summary>How long after its creation the token controller fills a token secret's data.token.</summary>
    public int TokenSecretDelayMilliseconds { get; set; } = 300;

    /// <summary>How long a list's continue token stays usable (etcd compacts every 5 minutes by default).</summary>
    public int ContinueLifetimeSeconds { get; set; } = 300;

    /// <summary>accessTokenMaxAgeSeconds of the OAuth server: how long a token from a password login lives (default 24 h).</summary>
    public int OAuthTokenLifetimeSeconds { get; set; } = 86_400;

    /// <summary>The image registry's default route is on, so images.config.openshift.io/cluster lists its external host name.</summary>
    public bool RegistryDefaultRoute { get; set; } = true;

    internal ClusterOptions Copy() => (ClusterOptions)MemberwiseClone();

    internal void CopyFrom(ClusterOptions other)
    {
        Enabled = other.Enabled;
        Flavor = other.Flavor;
        LegacyTokenSecrets = other.LegacyTokenSecrets;
        MaxTokenExpirationSeconds = other.MaxTokenExpirationSeconds;
        TokenSecretDelayMilliseconds = other.TokenSecretDelayMilliseconds;
        ContinueLifetimeSeconds = other.ContinueLifetimeSeconds;
        OAuthTokenLifetimeSeconds = other.OAuthTokenLifetimeSeconds;
        RegistryDefaultRoute = other.RegistryDefaultRoute;
    }
}
