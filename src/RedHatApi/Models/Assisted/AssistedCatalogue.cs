using System;
using System.Collections.Generic;
using RedHatApi.Http;

namespace RedHatApi.Models.Assisted;

/// <summary>The version of one component of the Assisted Installer service (GET /v2/component-versions).</summary>
public sealed class AssistedComponentVersion
{
    internal AssistedComponentVersion(string component, string version, string? releaseTag)
    {
        Component = component;
        Version = version;
        ReleaseTag = releaseTag;
    }

    /// <summary>The component (assisted-installer-service, discovery-agent…).</summary>
    public string Component { get; }

    /// <summary>Its version or image.</summary>
    public string Version { get; }

    /// <summary>The service's release tag.</summary>
    public string? ReleaseTag { get; }

    /// <inheritdoc />
    public override string ToString() => Component + " " + Version;
}

/// <summary>Where the Assisted Installer takes an OpenShift minor release from (GET /v2/release-sources).</summary>
public sealed class AssistedReleaseSource
{
    internal AssistedReleaseSource(string openShiftVersion, IReadOnlyList<string> multiCpuArchitectures, IReadOnlyDictionary<string, IReadOnlyList<string>> channels)
    {
        OpenShiftVersion = openShiftVersion;
        MultiCpuArchitectures = multiCpuArchitectures;
        Channels = channels;
    }

    /// <summary>The minor release (4.17).</summary>
    public string OpenShiftVersion { get; }

    /// <summary>CPU architectures of its multi-architecture release.</summary>
    public IReadOnlyList<string> MultiCpuArchitectures { get; }

    /// <summary>Upgrade channels (stable, candidate…) per CPU architecture.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Channels { get; }

    /// <inheritdoc />
    public override string ToString() => OpenShiftVersion;
}

/// <summary>A base DNS domain the service manages for clusters (GET /v2/domains).</summary>
public sealed class AssistedManagedDomain
{
    internal AssistedManagedDomain(string domain, string? provider)
    {
        Domain = domain;
        Provider = provider;
    }

    /// <summary>The domain, usable as New-AssistedCluster -BaseDnsDomain.</summary>
    public string Domain { get; }

    /// <summary>The DNS provider (route53).</summary>
    public string? Provider { get; }

    /// <inheritdoc />
    public override string ToString() => Domain;
}

/// <summary>
/// A pre-signed link to one of a cluster's files (GET /v2/clusters/{id}/downloads/files-presigned or
/// credentials-presigned). The link is its own credential until <see cref="ExpiresAt"/>: hand it only to what must
/// fetch the file. The default view and <see cref="ToString"/> show it with its token masked.
/// </summary>
public sealed class AssistedClusterFileUrl
{
    internal AssistedClusterFileUrl(Guid clusterId, string fileName, Uri url, DateTimeOffset? expiresAt)
    {
        ClusterId = clusterId;
        FileName = fileName;
        Url = url;
        ExpiresAt = expiresAt;
    }

    /// <summary>The cluster.</summary>
    public Guid ClusterId { get; }

    /// <summary>The file the link serves (install-config.yaml, logs, kubeconfig…).</summary>
    public string FileName { get; }

    /// <summary>The whole link, token included.</summary>
    public Uri Url { get; }

    /// <summary>When the link stops working.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>The link with its token masked, safe for logs and screens.</summary>
    public string RedactedUrl => Redactor.Url(Url);

    /// <inheritdoc />
    public override string ToString() => RedactedUrl;
}
