using System.Collections.Generic;

namespace RedHatApi.Models.OpenShift;

/// <summary>Who a cluster token belongs to: a user (kube:admin, developer) or a service account (system:serviceaccount:ns:name).</summary>
public sealed class OpenShiftUser
{
    internal OpenShiftUser(string name, string? uid, IReadOnlyList<string> groups, string? fullName, IReadOnlyList<string> identities, string source, string cluster)
    {
        Name = name;
        Uid = uid;
        Groups = groups;
        FullName = fullName;
        Identities = identities;
        Source = source;
        Cluster = cluster;
    }

    /// <summary>The user name, as RBAC subjects name it.</summary>
    public string Name { get; }

    /// <summary>The user's uid, when the cluster tells it.</summary>
    public string? Uid { get; }

    /// <summary>The groups the user is in for this token (system:authenticated, system:serviceaccounts...).</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>OpenShift's full name of the user, if set.</summary>
    public string? FullName { get; }

    /// <summary>OpenShift identities (identity provider:user name) linked to the user.</summary>
    public IReadOnlyList<string> Identities { get; }

    /// <summary>Where the answer came from: User (OpenShift's users/~) or SelfSubjectReview (any Kubernetes 1.28 or later).</summary>
    public string Source { get; }

    /// <summary>The cluster (its session name) the token belongs to.</summary>
    public string Cluster { get; }

    /// <summary>True for a service account's token.</summary>
    public bool IsServiceAccount => Name.StartsWith("system:serviceaccount:", System.StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;
}
