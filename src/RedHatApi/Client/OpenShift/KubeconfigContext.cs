using System;
using System.Security.Cryptography.X509Certificates;
using RedHatApi.Auth;

namespace RedHatApi.Client.OpenShift;

/// <summary>
/// One context of a kubeconfig file, resolved: the cluster's server and trust settings, the user's bearer token and
/// the context's namespace. The token is a <see cref="SecretValue"/>; nothing here prints it.
/// </summary>
internal sealed class KubeconfigContext
{
    internal KubeconfigContext(
        string contextName, string clusterName, string userName, Uri server, X509Certificate2Collection? certificateAuthority,
        bool insecureSkipTlsVerify, SecretValue token, string? defaultNamespace)
    {
        ContextName = contextName;
        ClusterName = clusterName;
        UserName = userName;
        Server = server;
        CertificateAuthority = certificateAuthority;
        InsecureSkipTlsVerify = insecureSkipTlsVerify;
        Token = token;
        Namespace = defaultNamespace;
    }

    internal string ContextName { get; }

    internal string ClusterName { get; }

    /// <summary>The kubeconfig's name for the user entry (not the cluster's user name).</summary>
    internal string UserName { get; }

    internal Uri Server { get; }

    /// <summary>From certificate-authority-data or the certificate-authority file; null when neither is set.</summary>
    internal X509Certificate2Collection? CertificateAuthority { get; }

    internal bool InsecureSkipTlsVerify { get; }

    internal SecretValue Token { get; }

    internal string? Namespace { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ContextName} ({Server})";
}
