namespace RedHatApi.Client.OpenShift;

/// <summary>A kind as discovery maps it: apiVersion + kind → the plural resource of its URL, and whether it lives in namespaces.</summary>
internal sealed class KubeResource
{
    internal KubeResource(string apiVersion, string kind, string plural, bool namespaced)
    {
        ApiVersion = apiVersion;
        Kind = kind;
        Plural = plural;
        Namespaced = namespaced;
    }

    internal string ApiVersion { get; }

    internal string Kind { get; }

    internal string Plural { get; }

    internal bool Namespaced { get; }

    /// <summary>api/v1 for the core group, apis/{group}/{version} for the others.</summary>
    internal string Prefix => ApiVersion.IndexOf('/') < 0 ? "api/" + ApiVersion : "apis/" + ApiVersion;

    /// <summary>The collection: one namespace, or every namespace (null) or the cluster scope for cluster-scoped kinds.</summary>
    internal string CollectionPath(string? ns) =>
        Namespaced && ns is not null ? $"{Prefix}/namespaces/{OpenShiftClient.Segment(ns)}/{Plural}" : $"{Prefix}/{Plural}";

    internal string ItemPath(string? ns, string name) => CollectionPath(ns) + "/" + OpenShiftClient.Segment(name);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} ({ApiVersion}, {Plural})";
}
