namespace RedHatApi.Client.OpenShift;

/// <summary>
/// What a request is about, so a 404, 409 AlreadyExists or 422 on it becomes that object's own per-input error
/// (the pipeline goes on with the next input) instead of a generic HTTP failure.
/// </summary>
internal sealed class KubeTarget
{
    internal KubeTarget(string kind, string? ns, string name)
    {
        Kind = kind;
        Namespace = ns;
        Name = name;
    }

    /// <summary>How the message names the kind: "service account", "secret"...</summary>
    internal string Kind { get; }

    internal string? Namespace { get; }

    internal string Name { get; }

    /// <summary>namespace/name, or name for cluster-scoped objects.</summary>
    internal string Display => Namespace is null ? Name : Namespace + "/" + Name;

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Display;
}
