using System;
using System.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Errors;
using RedHatApi.Session;

namespace RedHatApi.Client.OpenShift;

/// <summary>What a cluster connect cmdlet was given, paths already resolved: one of a token, a password login or a kubeconfig.</summary>
internal sealed class ClusterSpec
{
    /// <summary>The API server URL (token and password logins).</summary>
    internal Uri? Server { get; init; }

    /// <summary>A bearer used as is ('oc whoami -t', a service-account token).</summary>
    internal SecureString? AccessToken { get; init; }

    /// <summary>A user name and password, logged in at the cluster's OAuth server.</summary>
    internal string? UserName { get; init; }

    internal SecureString? Password { get; init; }

    /// <summary>A kubeconfig file, resolved to a file system path.</summary>
    internal string? KubeconfigPath { get; init; }

    /// <summary>The kubeconfig context; its current-context when null.</summary>
    internal string? Context { get; init; }

    /// <summary>What -Cluster names it by; default the kubeconfig context, else the server's host:port.</summary>
    internal string? Name { get; init; }

    /// <summary>Extra trusted roots for this cluster only (wins over the kubeconfig's CA).</summary>
    internal X509Certificate2Collection? CertificateAuthority { get; init; }

    /// <summary>Turns TLS validation off for this cluster only.</summary>
    internal bool SkipCertificateCheck { get; init; }
}

/// <summary>
/// Builds a <see cref="ClusterConnection"/> from a <see cref="ClusterSpec"/>, then checks the token by asking the
/// cluster who it belongs to. Used by Connect-OpenShiftCluster and by Connect-RedHatApi's cluster parameter sets.
/// </summary>
internal static class ClusterConnector
{
    /// <summary>
    /// The cluster's connection, not yet checked. Trust: the spec's CA wins over the kubeconfig's; the spec's skip
    /// flag or the kubeconfig's insecure-skip-tls-verify turn validation off for this cluster only. Proxy, timeout
    /// and retries are the session's.
    /// </summary>
    internal static ClusterConnection Build(ClusterSpec spec, NetworkSettings sessionNetwork, SessionCounters counters)
    {
        if (spec.KubeconfigPath is { } path)
        {
            var context = Kubeconfig.Read(path, spec.Context);
            var network = sessionNetwork with
            {
                CertificateAuthority = spec.CertificateAuthority ?? context.CertificateAuthority,
                SkipCertificateCheck = spec.SkipCertificateCheck || context.InsecureSkipTlsVerify,
            };
            return new ClusterConnection(
                spec.Name ?? context.ContextName,
                context.Server,
                new TokenCache(new StaticTokenSource(context.Token)),
                CredentialKind.AccessToken,
                $"kubeconfig {path} (context {context.ContextName})",
                context.Namespace,
                network,
                counters);
        }

        var server = spec.Server ?? throw new ArgumentException("A cluster needs a server URL or a kubeconfig.", nameof(spec));
        var own = sessionNetwork with { CertificateAuthority = spec.CertificateAuthority, SkipCertificateCheck = spec.SkipCertificateCheck };
        var name = spec.Name ?? server.Authority;
        if (spec.UserName is { } user)
        {
            // The token comes from a password login at the cluster's OAuth server (as oc login -u), done by the first
            // request (the check below) and again whenever the token runs out or is revoked. The password stays a
            // SecureString in the token source until the connection is dropped.
            var login = new OpenShiftOAuthTokenSource(server, name, user, new SecretValue(spec.Password!), own);
            return new ClusterConnection(name, server, new TokenCache(login), CredentialKind.Password, $"password of {user} (OAuth)", null, own, counters);
        }

        return new ClusterConnection(
            name, server, new TokenCache(new StaticTokenSource(new SecretValue(spec.AccessToken!))), CredentialKind.AccessToken, "access token", null, own, counters);
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

    /// <summary>Builds, checks and adds the cluster to <paramref name="session"/> as its current cluster; a failure leaves the session as it was.</summary>
    internal static async Task<ClusterConnection> ConnectAsync(SessionCore session, ClusterSpec spec, NetworkSettings network, Action<ClusterConnection>? beforeCheck, CancellationToken cancellationToken)
    {
        var cluster = Build(spec, network, session.Counters);
        try
        {
            beforeCheck?.Invoke(cluster);
            await VerifyAsync(cluster, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            cluster.Dispose();
            throw;
        }

        session.AddCluster(cluster);
        return cluster;
    }
}
