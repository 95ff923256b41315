namespace RedHatApi.Models.Rhsm;

/// <summary>A content set (repository) a subscription gives access to.</summary>
public sealed class RhsmContentSet
{
    internal RhsmContentSet(string subscriptionNumber, string label, string? name, string? arch, string? type, bool enabled)
    {
        SubscriptionNumber = subscriptionNumber;
        Label = label;
        Name = name;
        Arch = arch;
        Type = type;
        Enabled = enabled;
    }

    /// <summary>The subscription that gives access to the content set.</summary>
    public string SubscriptionNumber { get; }

    /// <summary>The repository label, for example rhel-9-for-x86_64-baseos-rpms.</summary>
    public string Label { get; }

    /// <summary>Display name.</summary>
    public string? Name { get; }

    /// <summary>x86_64, aarch64, ppc64le, s390x...</summary>
    public string? Arch { get; }

    /// <summary>yum, file, containerimage...</summary>
    public string? Type { get; }

    /// <summary>True when the repository is enabled by default.</summary>
    public bool Enabled { get; }

    /// <inheritdoc />
    public override string ToString() => Label;
}
