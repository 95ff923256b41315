using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// <para type="synopsis">Connects to Red Hat's APIs with an offline token, a service account or an access token, or to an OpenShift / Kubernetes cluster.</para>
/// <para type="description">Creates the default session, or adds a credential to it: connecting again with a token
/// of another SSO client adds that credential, so one session serves RHSM (rhsm-api) and the console APIs
/// (cloud-services) at once. -ClusterUrl with -AccessToken, or -Kubeconfig, adds a cluster to the same session; the
/// -ClusterUrl with -Credential logs in with a user name and password at the cluster's OAuth server. The
/// cluster connected last is the one OpenShift cmdlets use unless they are given -Cluster. The credential is
/// checked before the command returns.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "RedHatApi", DefaultParameterSetName = EnvironmentSet)]
[OutputType(typeof(RedHatApiSession))]
public sealed class ConnectRedHatApiCommand : RedHatApiCmdlet
{
    private const string OfflineTokenSet = "OfflineToken";
    private const string ClientSecretSet = "ClientSecret";
    private const string CredentialSet = "Credential";
    private const string AccessTokenSet = "AccessToken";
    private const string EnvironmentSet = "Environment";
    private const string ClusterTokenSet = "ClusterToken";
    private const string KubeconfigSet = "Kubeconfig";
    private const string PullSecretSet = "PullSecret";
    private const string PullSecretPathSet = "PullSecretPath";
    private const string ClusterCredentialSet = "ClusterCredential";

    /// <summary>An offline token from https://access.redhat.com/management/api or https://console.redhat.com/openshift/token.</summary>
    [Parameter(Mandatory = true, ParameterSetName = OfflineTokenSet, Position = 0)]
    [ValidateNotNull]
    public SecureString? OfflineToken { get; set; }

    /// <summary>SSO client id: for an offline token, only needed when the token does not name its client; for a
    /// service account, its client id.</summary>
    [Parameter(ParameterSetName = OfflineTokenSet)]
    [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    /// <summary>The service account's client secret.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>A service account as a credential: user name = client id, password = client secret. With -ClusterUrl: a
    /// cluster user's name and password, logged in at the cluster's OAuth server like 'oc login -u' (and again when the token expires).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Parameter(Mandatory = true, ParameterSetName = ClusterCredentialSet)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>Scope for the client_credentials grant; default "openid api.iam.service_accounts", as console.redhat.com documents for service accounts.</summary>
    [Parameter(ParameterSetName = ClientSecretSet)]
    [Parameter(ParameterSetName = CredentialSet)]
    [ValidateNotNullOrEmpty]
    public string? Scope { get; set; }

    /// <summary>Send the service account's secret as HTTP Basic instead of in the form body.</summary>
    [Parameter(ParameterSetName = ClientSecretSet)]
    [Parameter(ParameterSetName = CredentialSet)]
    public SwitchParameter BasicAuth { get; set; }

    /// <summary>A bearer token used as is and never refreshed: for Red Hat's APIs, or with -ClusterUrl for a cluster ('oc whoami -t', a service-account token).</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    [Parameter(Mandatory = true, ParameterSetName = ClusterTokenSet)]
    [ValidateNotNull]
    public SecureString? AccessToken { get; set; }

    /// <summary>The API server URL of an OpenShift / Kubernetes cluster (https://api.&lt;cluster&gt;:6443), connected with -AccessToken.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ClusterTokenSet)]
    [Parameter(Mandatory = true, ParameterSetName = ClusterCredentialSet)]
    [Alias("Server", "OpenShiftUrl")]
    [ValidateNotNull]
    public Uri? ClusterUrl { get; set; }

    /// <summary>A kubeconfig file (~/.kube/config, $env:KUBECONFIG) whose context gives the cluster URL, CA and token.</summary>
    [Parameter(Mandatory = true, ParameterSetName = KubeconfigSet)]
    [ValidateNotNullOrEmpty]
    public string? Kubeconfig { get; set; }

    /// <summary>The kubeconfig context to use; default its current-context.</summary>
    [Parameter(ParameterSetName = KubeconfigSet)]
    [ValidateNotNullOrEmpty]
    public string? Context { get; set; }

    /// <summary>The name OpenShift cmdlets' -Cluster knows the cluster by; default the kubeconfig context, else the URL's host:port.</summary>
    [Parameter(ParameterSetName = ClusterTokenSet)]
    [Parameter(ParameterSetName = KubeconfigSet)]
    [Parameter(ParameterSetName = ClusterCredentialSet)]
    [ValidateNotNullOrEmpty]
    public string? ClusterName { get; set; }

    /// <summary>A pull secret (the JSON from https://console.redhat.com/openshift/install/pull-secret): its cloud.openshift.com token is the Assisted Installer's agent auth, used only by the agent-facing cmdlets.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PullSecretSet)]
    [ValidateNotNull]
    public SecureString? PullSecret { get; set; }

    /// <summary>The pull secret file; its cloud.openshift.com token is the Assisted Installer's agent auth.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PullSecretPathSet)]
    [ValidateNotNullOrEmpty]
    public string? PullSecretPath { get; set; }

    /// <summary>The APIs this credential is for. Default: RHSM for rhsm-api tokens, the console APIs otherwise.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public ApiName[]? Api { get; set; }

    /// <summary>Red Hat SSO token endpoint.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? TokenUrl { get; set; }

    /// <summary>RHSM API base URL.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? RhsmUrl { get; set; }

    /// <summary>Assisted Installer API base URL.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? AssistedUrl { get; set; }

    /// <summary>console.redhat.com's root URL (inventory, export service); the module adds each service's path. Default https://console.redhat.com.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? ConsoleUrl { get; set; }

    /// <summary>Points every endpoint at a running RedHatApi.Sandbox; without a credential, uses the sandbox's own tokens.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Sandbox { get; set; }

    /// <summary>Proxy for every request, the token endpoint included.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Proxy { get; set; }

    /// <summary>Credential for -Proxy.</summary>
    [Parameter]
    [Credential]
    [ValidateNotNull]
    public PSCredential? ProxyCredential { get; set; }

    /// <summary>Authenticate to the proxy as the current Windows user.</summary>
    [Parameter]
    public SwitchParameter ProxyUseDefaultCredentials { get; set; }

    /// <summary>Never use a proxy, not even the system's.</summary>
    [Parameter]
    public SwitchParameter NoProxy { get; set; }

    /// <summary>Path of a PEM or DER file with CA certificates to trust in addition to the system's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CertificateAuthority { get; set; }

    /// <summary>Turns off TLS certificate validation (test servers only); writes a warning.</summary>
    [Parameter]
    public SwitchParameter SkipCertificateCheck { get; set; }

    /// <summary>Seconds each request attempt may take; default 100.</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = (int)NetworkSettings.DefaultTimeout.TotalSeconds;

    /// <summary>Retries after a transient failure; default 4, 0 turns retries off.</summary>
    [Parameter]
    [ValidateRange(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>Creates a separate session that is returned and does not replace the default.</summary>
    [Parameter]
    public SwitchParameter NewSession { get; set; }

    /// <summary>Writes the session to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => ClientId ?? ClusterUrl ?? Kubeconfig ?? (object?)Sandbox;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (IsClusterSet)
        {
            await ConnectClusterAsync(cancellationToken);
            return;
        }

        if (SkipCertificateCheck)
        {
            WriteWarning(Strings.SkipCertificateCheckWarning);
        }

        var existing = NewSession ? null : Session ?? SessionJoin.LiveDefault();

        // A default session that points at the sandbox is not reused by a connect that does not name the sandbox:
        // that would send a real token to the sandbox's token URL. The new session replaces it as the default.
        if (Session is null && existing is { Endpoints.IsSandbox: true } && Sandbox is null && TokenUrl is null && RhsmUrl is null && AssistedUrl is null && ConsoleUrl is null)
        {
            existing = null;
        }
        var network = ConnectionSettings.Network(this, existing?.Core.Network, SessionJoin.HostDescription(this));
        var endpoints = ConnectionSettings.Endpoints(this, existing?.Core.Endpoints);
        var session = existing ?? new RedHatApiSession(new SessionCore(endpoints, network));
        var created = existing is null;
        try
        {
            if (!created)
            {
                session.Core.Configure(endpoints, network);
            }

            var credentials = await CredentialFactory.CreateAsync(this, session.Core, cancellationToken);
            foreach (var slot in credentials)
            {
                try
                {
                    // Fail here, with the SSO error, rather than at the first API call.
                    await slot.Tokens.GetAsync(cancellationToken);
                }
                catch
                {
                    slot.Dispose();
                    throw;
                }

                session.Core.AddCredential(slot);
            }
        }
        catch when (created)
        {
            session.Dispose();
            throw;
        }

        if (created && !NewSession && Session is null)
        {
            var replaced = SessionStore.Exchange(session);
            replaced?.Dispose();
        }

        if (PassThru || NewSession)
        {
            WriteObject(session);
        }
    }

    private bool IsClusterSet => ParameterSetName is ClusterTokenSet or KubeconfigSet or ClusterCredentialSet;

    /// <summary>
    /// A cluster joins the default session (or -Session, or a -NewSession) beside its Red Hat credentials; the
    /// session's own endpoints and network settings are left as they are: -CertificateAuthority and
    /// -SkipCertificateCheck here apply to this cluster only. Connect-OpenShiftCluster does the same.
    /// </summary>
    private async Task ConnectClusterAsync(CancellationToken cancellationToken)
    {
        var existing = NewSession ? null : Session ?? SessionJoin.LiveDefault();
        var network = ConnectionSettings.Network(this, existing?.Core.Network, SessionJoin.HostDescription(this));
        var (session, created) = SessionJoin.Target(
            Session, NewSession, () => new SessionCore(ConnectionSettings.Endpoints(this, null), network with { CertificateAuthority = null, SkipCertificateCheck = false }));
        try
        {
            await ClusterConnector.ConnectAsync(session.Core, ClusterSpec(), network, WarnIfInsecure, cancellationToken);
        }
        catch when (created)
        {
            session.Dispose();
            throw;
        }

        SessionJoin.Complete(this, session, created, NewSession, Session is not null, PassThru);
    }

    private ClusterSpec ClusterSpec() => new()
    {
        Server = ClusterUrl,
        AccessToken = Set == ClusterTokenSet ? AccessToken : null,
        UserName = Set == ClusterCredentialSet ? Credential!.UserName : null,
        Password = Set == ClusterCredentialSet ? Credential!.Password : null,
        KubeconfigPath = Kubeconfig is { } path ? GetUnresolvedProviderPathFromPSPath(path) : null,
        Context = Context,
        Name = ClusterName,
        CertificateAuthority = CertificateAuthority is { } ca ? ConnectionSettings.LoadCertificates(GetUnresolvedProviderPathFromPSPath(ca)) : null,
        SkipCertificateCheck = SkipCertificateCheck,
    };

    private void WarnIfInsecure(ClusterConnection cluster)
    {
        if (cluster.Network.SkipCertificateCheck)
        {
            WriteWarning(Text.Format(Strings.ClusterSkipCertificateCheckWarning, cluster.Name));
        }
    }

    internal bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

    internal string Set => ParameterSetName;

    internal static class Sets
    {
        internal const string OfflineToken = OfflineTokenSet;
        internal const string ClientSecret = ClientSecretSet;
        internal const string Credential = CredentialSet;
        internal const string AccessToken = AccessTokenSet;
        internal const string ClusterToken = ClusterTokenSet;
        internal const string Kubeconfig = KubeconfigSet;
        internal const string PullSecret = PullSecretSet;
        internal const string PullSecretPath = PullSecretPathSet;
        internal const string ClusterCredential = ClusterCredentialSet;
    }
}
