using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Models.OpenShift;

/// <summary>A RoleBinding (in a namespace) or ClusterRoleBinding (cluster-wide): a role given to users, groups and service accounts.</summary>
public sealed class OpenShiftRoleBinding
{
    internal OpenShiftRoleBinding(
        string? ns, string name, string roleKind, string roleName, IReadOnlyList<OpenShiftSubject> subjects, string? uid, string? resourceVersion, DateTimeOffset? createdAt, string cluster)
    {
        Namespace = ns;
        Name = name;
        RoleKind = roleKind;
        RoleName = roleName;
        Subjects = subjects;
        Uid = uid;
        ResourceVersion = resourceVersion;
        CreatedAt = createdAt;
        Cluster = cluster;
    }

    /// <summary>RoleBinding or ClusterRoleBinding.</summary>
    public string Kind => Namespace is null ? "ClusterRoleBinding" : "RoleBinding";

    /// <summary>The binding's namespace; null for a ClusterRoleBinding.</summary>
    public string? Namespace { get; }

    /// <summary>The binding's name.</summary>
    public string Name { get; }

    /// <summary>ClusterRole or Role (a Role lives in the binding's namespace).</summary>
    public string RoleKind { get; }

    /// <summary>The role's name (view, edit, admin, cluster-admin...). A binding's role never changes.</summary>
    public string RoleName { get; }

    /// <summary>Who the role is given to.</summary>
    public IReadOnlyList<OpenShiftSubject> Subjects { get; }

    /// <summary>The binding's uid.</summary>
    public string? Uid { get; }

    /// <summary>The resourceVersion the cluster gave the binding's last change.</summary>
    public string? ResourceVersion { get; }

    /// <summary>When the binding was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The cluster (its session name) the binding lives in.</summary>
    public string Cluster { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind} {(Namespace is null ? string.Empty : Namespace + "/")}{Name} ({RoleKind} {RoleName}: {string.Join(", ", Subjects.Select(s => s.ToString()))})";
}

/// <summary>One subject of a role binding.</summary>
public sealed class OpenShiftSubject
{
    internal OpenShiftSubject(string kind, string name, string? ns)
    {
        Kind = kind;
        Name = name;
        Namespace = ns;
    }

    /// <summary>User, Group or ServiceAccount.</summary>
    public string Kind { get; }

    /// <summary>The user, group or service account name.</summary>
    public string Name { get; }

    /// <summary>A service account's namespace; null for users and groups.</summary>
    public string? Namespace { get; }

    /// <summary>The user name RBAC matches: system:serviceaccount:ns:name for a service account.</summary>
    public string UserName => Kind == "ServiceAccount" ? $"system:serviceaccount:{Namespace}:{Name}" : Name;

    internal bool SameAs(OpenShiftSubject other) =>
        Kind == other.Kind && Name == other.Name && (Kind != "ServiceAccount" || Namespace == other.Namespace);

    /// <inheritdoc />
    public override string ToString() => Kind == "ServiceAccount" ? $"ServiceAccount {Namespace}/{Name}" : $"{Kind} {Name}";
}
