using System;
using System.Management.Automation;

namespace RedHatApi.Commands.OpenShift;

/// <summary>(In the cmdlet layer: it carries a PSObject.) One change seen by Watch-OpenShiftResource: what happened (ADDED, MODIFIED, DELETED) and the object right after it.</summary>
public sealed class OpenShiftWatchEvent
{
    internal OpenShiftWatchEvent(string type, PSObject item, string kind, string? ns, string name, string? resourceVersion, string cluster, DateTimeOffset receivedAt)
    {
        Type = type;
        Object = item;
        Kind = kind;
        Namespace = ns;
        Name = name;
        ResourceVersion = resourceVersion;
        Cluster = cluster;
        ReceivedAt = receivedAt;
    }

    /// <summary>ADDED, MODIFIED or DELETED.</summary>
    public string Type { get; }

    /// <summary>The object as the cluster sent it (as Get-OpenShiftResource writes it; for DELETED, its last state).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The watch event's own field name (type, object), as kubectl and client libraries show it.")]
    public PSObject Object { get; }

    /// <summary>The object's kind.</summary>
    public string Kind { get; }

    /// <summary>The object's namespace; null for cluster-scoped kinds.</summary>
    public string? Namespace { get; }

    /// <summary>The object's name.</summary>
    public string Name { get; }

    /// <summary>The resourceVersion of this change; a watch resumes after it (-ResourceVersion).</summary>
    public string? ResourceVersion { get; }

    /// <summary>The cluster (its session name).</summary>
    public string Cluster { get; }

    /// <summary>When the event arrived (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Kind} {(Namespace is null ? string.Empty : Namespace + "/")}{Name} ({ResourceVersion})";
}
