using System;
using RedHatApi.Session;

namespace RedHatApi.Models.Session;

/// <summary>What Get-RedHatApiSession shows about one connected OpenShift / Kubernetes cluster. It never holds the token.</summary>
public sealed class RedHatApiCluster
{
    internal RedHatApiCluster(
        string name, Uri server, string? user, CredentialKind kind, string source, string? defaultNamespace,
        bool skipCertificateCheck, bool hasCertificateAuthority, bool isCurrent, DateTimeOffset addedAt)
    {
        Name = name;
        Server = server;
        User = user;
        Kind = kind;
        Source = source;
        DefaultNamespace = defaultNamespace;
        SkipCertificateCheck = skipCertificateCheck;
        HasCertificateAuthority = hasCertificateAuthority;
        IsCurrent = isCurrent;
        AddedAt = addedAt;
    }

    /// <summary>The name -Cluster takes: -ClusterName, the kubeconfig context, else the server's host:port.</summary>
    public string Name { get; }

    /// <summary>The cluster's API server URL.</summary>
    public Uri Server { get; }

    /// <summary>Who the token belongs to (kube:admin, system:serviceaccount:ns:name...), as the cluster said on connect.</summary>
    public string? User { get; }

    /// <summary>How the cluster credential gets its token.</summary>
    public CredentialKind Kind { get; }

    /// <summary>Where the credential came from: an access token, or a kubeconfig file and context.</summary>
    public string Source { get; }

    /// <summary>The namespace OpenShift cmdlets use when -Namespace is not given (the kubeconfig context's, else none).</summary>
    public string? DefaultNamespace { get; }

    /// <summary>True when TLS certificate validation is off for this cluster.</summary>
    public bool SkipCertificateCheck { get; }

    /// <summary>True when a private CA (-CertificateAuthority or the kubeconfig's) is trusted for this cluster.</summary>
    public bool HasCertificateAuthority { get; }

    /// <summary>True for the cluster OpenShift cmdlets use without -Cluster: the one connected last.</summary>
    public bool IsCurrent { get; }

    /// <summary>When Connect-RedHatApi added the cluster.</summary>
    public DateTimeOffset AddedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Server.GetLeftPart(UriPartial.Authority)})";
}
