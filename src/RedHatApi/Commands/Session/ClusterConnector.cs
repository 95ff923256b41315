using System;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// Connect-RedHatApi's cluster parameter sets: builds a <see cref="ClusterConnection"/> from -ClusterUrl and
/// -AccessToken, or from a kubeconfig context, then checks the token by asking the cluster who it belongs to.
/// </summary>
internal static class ClusterConnector
{
    /// <summary>
    /// The cluster's connection, not yet checked. Trust: -CertificateAuthority wins over the kubeconfig's CA;
    /// -SkipCertificateCheck or the kubeconfig's insecure-skip-tls-verify turn validation off for this cluster only.
    /// Proxy, timeout and retries are the session's (with this command's bound values).
    /// </summary>
    internal static ClusterConnection Build(ConnectRedHatApiCommand command, NetworkSettings sessionNetwork, SessionCounters counters)
    {
        var extraRoots = command.CertificateAuthority is { } caPath
            ? ConnectionSettings.LoadCertificates(command.GetUnresolvedProviderPathFromPSPath(caPath))
            : null;

        if (command.Set == ConnectRedHatApiCommand.Sets.Kubeconfig)
        {
            var path = command.GetUnresolvedProviderPathFromPSPath(command.Kubeconfig!);
            var context = Kubeconfig.Read(path, command.Context);
            var network = sessionNetwork with
            {
                CertificateAuthority = extraRoots ?? context.CertificateAuthority,
                SkipCertificateCheck = command.SkipCertificateCheck || context.InsecureSkipTlsVerify,
            };
            return new ClusterConnection(
                command.ClusterName ?? context.ContextName,
                context.Server,
                new TokenCache(new StaticTokenSource(context.Token)),
                CredentialKind.AccessToken,
                $"kubeconfig {path} (context {context.ContextName})",
                context.Namespace,
                network,
                counters);
        }

        var server = command.ClusterUrl!;
        if (command.Set == ConnectRedHatApiCommand.Sets.ClusterCredential)
        {
            return BuildPasswordLogin(command, server, sessionNetwork with { CertificateAuthority = extraRoots, SkipCertificateCheck = command.SkipCertificateCheck }, counters);
        }

        return new ClusterConnection(
            command.ClusterName ?? server.Authority,
            server,
            new TokenCache(new StaticTokenSource(new SecretValue(command.AccessToken!))),
            CredentialKind.AccessToken,
            "access token",
            null,
            sessionNetwork with { CertificateAuthority = extraRoots, SkipCertificateCheck = command.SkipCertificateCheck },
            counters);
    }

    /// <summary>
    /// -ClusterUrl with -Credential: the token comes from a password login at the cluster's OAuth server (as
    /// <c>oc login -u</c>), done by the first request (the check below) and again whenever the token runs out or is
    /// revoked. The password is kept as a SecureString in the token source until Disconnect-RedHatApi.
    /// </summary>
    private static ClusterConnection BuildPasswordLogin(ConnectRedHatApiCommand command, Uri server, NetworkSettings network, SessionCounters counters)
    {
        var name = command.ClusterName ?? server.Authority;
        var credential = command.Credential!;
        var login = new OpenShiftOAuthTokenSource(server, name, credential.UserName, new SecretValue(credential.Password), network);
        return new ClusterConnection(
            name, server, new TokenCache(login), CredentialKind.Password, $"password of {credential.UserName} (OAuth)", null, network, counters);
    }

    /// <summary>
    /// Fails here, with the cluster's own error (TLS, 401...), rather than at the first cmdlet; remembers who the
    /// token belongs to for Get-RedHatApiSession.
    /// </summary>
    internal static async Task VerifyAsync(ClusterConnection cluster, CancellationToken cancellationToken)
    {
        var client = OpenShiftClient.For(cluster);
        try
        {
            cluster.User = (await client.GetCurrentUserAsync(cancellationToken).ConfigureAwait(false)).Name;
        }
        catch (RedHatApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // Neither users/~ nor SelfSubjectReview (Kubernetes before 1.28): the token authenticated, who it is stays unknown.
        }
    }
}
