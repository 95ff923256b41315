using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Client.Ironic;
using RedHatApi.Cmdlets;
using RedHatApi.Commands.Session;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Commands.Ironic;

/// <summary>
/// <para type="synopsis">Connects an OpenStack Ironic API to the session: no auth, HTTP Basic (Metal3) or an X-Auth-Token, with one or more URLs that fail over like ironic-python-agent.</para>
/// <para type="description">Adds one connection per URL (ironic:&lt;host:port&gt;) to the default session (or -Session, or a -NewSession) beside any other connections. The microversion range is read once (GET /); each later call sends the lowest version it needs, capped at the server's maximum, unless -ApiVersion pins one. A -Credential or -AuthToken is checked with one request before the command returns.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Ironic")]
[OutputType(typeof(RedHatApiSession))]
public sealed class ConnectIronicCommand : RedHatApiCmdlet
{
    /// <summary>The Ironic API URLs (https://ironic:6385), tried in order; the one that answers moves to the front.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public Uri[] Url { get; set; } = Array.Empty<Uri>();

    /// <summary>User name and password sent as HTTP Basic (Ironic's auth_strategy = http_basic, as Metal3 runs it).</summary>
    [Parameter]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>A Keystone token sent as X-Auth-Token.</summary>
    [Parameter]
    [ValidateNotNull]
    public SecureString? AuthToken { get; set; }

    /// <summary>Pins the microversion every call sends (1.N); one the server does not serve is IronicApiVersionUnsupported.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ApiVersion { get; set; }

    /// <summary>Path of a PEM or DER file with CA certificates to trust for this Ironic.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CertificateAuthority { get; set; }

    /// <summary>Turns off TLS certificate validation for this Ironic only (test beds); writes a warning.</summary>
    [Parameter]
    public SwitchParameter SkipCertificateCheck { get; set; }

    /// <summary>Creates a separate session that is returned and does not replace the default.</summary>
    [Parameter]
    public SwitchParameter NewSession { get; set; }

    /// <summary>Writes the session to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Url.FirstOrDefault();

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (Credential is not null && AuthToken is not null)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.IronicAuthTokenAndCredential);
        }

        IronicMicroversion? pinned = null;
        if (ApiVersion is { } text)
        {
            pinned = IronicMicroversion.TryParse(text, out var parsed)
                ? parsed
                : throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.IronicApiVersionInvalid, text)) { Target = text };
        }

        var (session, created) = SessionJoin.Target(
            Session, NewSession, () => new SessionCore(new RedHatApiEndpoints(), new NetworkSettings { HostDescription = SessionJoin.HostDescription(this) }));
        var core = session.Core;
        var network = core.Network with
        {
            CertificateAuthority = CertificateAuthority is { } ca ? ConnectionSettings.LoadCertificates(GetUnresolvedProviderPathFromPSPath(ca)) : core.Network.CertificateAuthority,
            SkipCertificateCheck = SkipCertificateCheck.IsPresent || core.Network.SkipCertificateCheck,
        };
        var state = new IronicState(pinned);
        var connections = new List<Connection>();
        try
        {
            foreach (var url in Url.Select(BaseOf).Distinct())
            {
                var connection = new Connection(
                    NameOf(url), IronicState.Family, url, network, CreateAuthenticator(), core.Counters, core.GateFor(IronicState.Family + ":" + url.Authority), details: state);
                connections.Add(connection);
                state.AddEndpoint(new IronicEndpoint(connection.BaseUrl, connection.CreateClient));
            }

            await CheckAsync(new IronicClient(state), cancellationToken);
        }
        catch
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }

            if (created)
            {
                session.Dispose();
            }

            throw;
        }

        // The first URL is added last, so it is the family's default connection; the others carry the same state.
        foreach (var connection in Enumerable.Reverse(connections))
        {
            core.AddConnection(connection);
        }

        if (network.SkipCertificateCheck)
        {
            WriteWarning(Text.Format(Strings.IronicSkipCertificateCheckWarning, connections[0].BaseUrl));
        }

        WriteVerbose(Text.Format(Strings.IronicConnected, string.Join(", ", connections.Select(c => c.BaseUrl)), state.Range));
        SessionJoin.Complete(this, session, created, NewSession, Session is not null, PassThru);
    }

    // The version document (GET /) sets the range once; a pin outside it fails here, before the session changes.
    // A credential is checked with one small listing: Ironic serves / and the agent endpoints without auth.
    private async Task CheckAsync(IronicClient client, CancellationToken cancellationToken)
    {
        IronicVersionRange range;
        try
        {
            range = IronicClient.ToRange(await client.GetVersionDocumentAsync(cancellationToken));
        }
        catch (RedHatApiException ex) when (ex.StatusCode is { } status && (int)status is not (401 or 403) && !IronicClient.IsUnreachable(ex))
        {
            range = new IronicVersionRange(IronicMicroversion.Base, IronicMicroversion.AgentFallback, Assumed: true);
            WriteWarning(Text.Format(Strings.IronicVersionAssumed, client.State.Endpoints[0].BaseUrl, range));
        }

        client.State.SetRange(range);
        if (client.State.Pinned is { } pinned && !range.Contains(pinned))
        {
            throw new RedHatApiException(
                ErrorIds.IronicApiVersionUnsupported, Text.Format(Strings.IronicApiVersionOutOfRange, client.State.Endpoints[0].BaseUrl, pinned, range))
            { Target = pinned.ToString() };
        }

        if (Credential is null && AuthToken is null)
        {
            return;
        }

        try
        {
            await client.GetNodesPageAsync(new Paging.PageRequest(0, 1), new IronicNodeFilter(), cancellationToken);
        }
        catch (RedHatApiException ex) when (ex.ErrorId == ErrorIds.PermissionDenied)
        {
            // Authenticated, only not allowed to list nodes (an agent-only account): the credential is good.
        }
    }

    private Authenticator CreateAuthenticator() =>
        Credential is { } credential ? new BasicAuthenticator(credential.UserName, new SecretValue(credential.Password))
        : AuthToken is { } token ? BearerAuthenticator.Owning(new TokenCache(new StaticTokenSource(new SecretValue(token))), "X-Auth-Token")
        : NoAuthenticator.Instance;

    // Users paste the API root or its /v1; the version document and every path hang off the root.
    private static Uri BaseOf(Uri url)
    {
        var text = url.GetLeftPart(UriPartial.Path).TrimEnd('/');
        if (text.EndsWith("/v1", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(0, text.Length - 3);
        }

        return new Uri(text + "/");
    }

    private static string NameOf(Uri url) =>
        "ironic:" + url.Authority + (url.AbsolutePath.Length > 1 ? url.AbsolutePath.TrimEnd('/') : string.Empty);
}
