using System;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Cmdlets;
using RedHatApi.Commands.Session;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Connects an OpenShift / Kubernetes cluster to the session: with a bearer token, a user name and password (OAuth login, like 'oc login -u'), or a kubeconfig context.</para>
/// <para type="description">Adds the cluster as the connection cluster:&lt;name&gt; of the default session (or -Session, or a -NewSession) beside any Red Hat credentials, and makes it the current cluster that OpenShift cmdlets use without -Cluster. The credential is checked before the command returns. Proxy, timeout and retries are the session's; -CertificateAuthority and -SkipCertificateCheck apply to this cluster only.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "OpenShiftCluster", DefaultParameterSetName = TokenSet)]
[OutputType(typeof(RedHatApiSession))]
public sealed class ConnectOpenShiftClusterCommand : RedHatApiCmdlet
{
    private const string TokenSet = "Token";
    private const string CredentialSet = "Credential";
    private const string KubeconfigSet = "Kubeconfig";

    /// <summary>The cluster's API server URL (https://api.&lt;cluster&gt;:6443).</summary>
    [Parameter(Mandatory = true, ParameterSetName = TokenSet, Position = 0)]
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet, Position = 0)]
    [Alias("ClusterUrl", "Url")]
    [ValidateNotNull]
    public Uri? Server { get; set; }

    /// <summary>A bearer token used as is and never refreshed ('oc whoami -t', a service-account token).</summary>
    [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
    [ValidateNotNull]
    public SecureString? AccessToken { get; set; }

    /// <summary>A cluster user's name and password, logged in at the cluster's OAuth server like 'oc login -u' (and again when the token expires).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>A kubeconfig file (~/.kube/config, $env:KUBECONFIG) whose context gives the server, CA and token.</summary>
    [Parameter(Mandatory = true, ParameterSetName = KubeconfigSet)]
    [ValidateNotNullOrEmpty]
    public string? Kubeconfig { get; set; }

    /// <summary>The kubeconfig context to use; default its current-context.</summary>
    [Parameter(ParameterSetName = KubeconfigSet)]
    [ValidateNotNullOrEmpty]
    public string? Context { get; set; }

    /// <summary>The name -Cluster knows the cluster by; default the kubeconfig context, else the server's host:port.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>Path of a PEM or DER file with CA certificates to trust for this cluster (wins over the kubeconfig's).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CertificateAuthority { get; set; }

    /// <summary>Turns off TLS certificate validation for this cluster only (test clusters); writes a warning.</summary>
    [Parameter]
    public SwitchParameter SkipCertificateCheck { get; set; }

    /// <summary>Creates a separate session that is returned and does not replace the default.</summary>
    [Parameter]
    public SwitchParameter NewSession { get; set; }

    /// <summary>Writes the session to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Server ?? (object?)Kubeconfig;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var (session, created) = SessionJoin.Target(
            Session, NewSession, () => new SessionCore(new RedHatApiEndpoints(), new NetworkSettings { HostDescription = SessionJoin.HostDescription(this) }));
        try
        {
            await ClusterConnector.ConnectAsync(session.Core, Spec(), session.Core.Network, WarnIfInsecure, cancellationToken);
        }
        catch when (created)
        {
            session.Dispose();
            throw;
        }

        SessionJoin.Complete(this, session, created, NewSession, Session is not null, PassThru);
    }

    private ClusterSpec Spec() => new()
    {
        Server = Server,
        AccessToken = AccessToken,
        UserName = Credential?.UserName,
        Password = Credential?.Password,
        KubeconfigPath = Kubeconfig is { } path ? GetUnresolvedProviderPathFromPSPath(path) : null,
        Context = Context,
        Name = Name,
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
}
