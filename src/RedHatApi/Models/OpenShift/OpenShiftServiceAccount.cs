using System;
using System.Collections.Generic;

namespace RedHatApi.Models.OpenShift;

/// <summary>A Kubernetes service account: an identity for programs, which gets tokens with New-OpenShiftServiceAccountToken.</summary>
public sealed class OpenShiftServiceAccount
{
    internal OpenShiftServiceAccount(
        string ns, string name, string? uid, DateTimeOffset? createdAt, string? resourceVersion, IReadOnlyList<string> secrets,
        IReadOnlyList<string> imagePullSecrets, IReadOnlyDictionary<string, string> labels, string cluster)
    {
        Namespace = ns;
        Name = name;
        Uid = uid;
        CreatedAt = createdAt;
        ResourceVersion = resourceVersion;
        Secrets = secrets;
        ImagePullSecrets = imagePullSecrets;
        Labels = labels;
        Cluster = cluster;
    }

    /// <summary>The namespace it lives in.</summary>
    public string Namespace { get; }

    /// <summary>Its name; binds to -ServiceAccount of the token cmdlets and to -Name of Remove-OpenShiftServiceAccount.</summary>
    public string Name { get; }

    /// <summary>Its uid; a service account deleted and created again gets a new one, which voids its old tokens.</summary>
    public string? Uid { get; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The object's resourceVersion.</summary>
    public string? ResourceVersion { get; }

    /// <summary>Names of the secrets listed on the account (token and dockercfg secrets). OpenShift 4.11 and later list no token secret.</summary>
    public IReadOnlyList<string> Secrets { get; }

    /// <summary>Names of the image pull secrets pods of this account use.</summary>
    public IReadOnlyList<string> ImagePullSecrets { get; }

    /// <summary>Its labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The cluster (its session name) it was read from.</summary>
    public string Cluster { get; }

    /// <summary>The user name its tokens authenticate as: system:serviceaccount:&lt;namespace&gt;:&lt;name&gt;.</summary>
    public string UserName => $"system:serviceaccount:{Namespace}:{Name}";

    /// <inheritdoc />
    public override string ToString() => Namespace + "/" + Name;
}
