using System;
using System.Net.Http;
using System.Threading;
using RedHatApi.Auth;
using RedHatApi.Http;
using RedHatApi.Models.Session;

namespace RedHatApi.Session;

/// <summary>
/// One OpenShift / Kubernetes cluster a session is connected to: its API server URL, the bearer token (a token
/// cache, so a credential that can log in again plugs in as another token source), its own network settings
/// (each cluster has its own CA or insecure flag; proxy, timeout and retries come from the session). It is the
/// OpenShift family's details of a <see cref="Session.Connection"/> named <c>cluster:&lt;name&gt;</c>, whose pipeline
/// sends the token to that server only.
/// </summary>
internal sealed class ClusterConnection : IDisposable
{
    /// <summary>The family of cluster connections.</summary>
    internal const string Family = "OpenShift";

    /// <summary>Cluster connections are named "cluster:&lt;name&gt;" in the session's registry.</summary>
    internal const string ConnectionPrefix = "cluster:";

    private string? _user;

    internal ClusterConnection(
        string name, Uri server, TokenCache tokens, CredentialKind kind, string source, string? defaultNamespace,
        NetworkSettings network, SessionCounters counters)
    {
        Name = name;
        Server = server.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? server : new Uri(server.AbsoluteUri + "/");
        Tokens = tokens;
        Kind = kind;
        Source = source;
        DefaultNamespace = defaultNamespace;
        Network = network;
        AddedAt = DateTimeOffset.UtcNow;
        Connection = new Connection(
            ConnectionPrefix + name, Family, Server, network, BearerAuthenticator.Owning(tokens), counters, new ThrottleGate(), details: this);
    }

    /// <summary>What -Cluster names it by: -ClusterName, the kubeconfig context, else the server's host:port.</summary>
    internal string Name { get; }

    /// <summary>The API server URL (https://api.&lt;cluster&gt;:6443/), ending in a slash.</summary>
    internal Uri Server { get; }

    internal TokenCache Tokens { get; }

    internal CredentialKind Kind { get; }

    /// <summary>Where the credential came from: "access token", or the kubeconfig file and context.</summary>
    internal string Source { get; }

    /// <summary>The kubeconfig context's namespace; cmdlets use it when -Namespace is not given.</summary>
    internal string? DefaultNamespace { get; }

    internal NetworkSettings Network { get; }

    internal DateTimeOffset AddedAt { get; }

    /// <summary>Who the token belongs to, as the cluster said when Connect-RedHatApi checked it.</summary>
    internal string? User
    {
        get => Volatile.Read(ref _user);
        set => Volatile.Write(ref _user, value);
    }

    /// <summary>The session connection that carries this cluster's requests.</summary>
    internal Connection Connection { get; }

    /// <summary>A client for this cluster's API, base address set.</summary>
    internal HttpClient CreateClient() => Connection.CreateClient();

    /// <summary>A secret-free snapshot for Get-RedHatApiSession.</summary>
    internal RedHatApiCluster Describe(bool isCurrent) => new(
        Name, Server, User, Kind, Source, DefaultNamespace, Network.SkipCertificateCheck, Network.CertificateAuthority is { Count: > 0 }, isCurrent, AddedAt);

    /// <summary>Clears the token (its source's secrets too) and disposes the pipeline.</summary>
    public void Dispose() => Connection.Dispose();

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Server.GetLeftPart(UriPartial.Authority)})";
}
