namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>The validation ids the service knows (those of the sample payloads), and those it never ignores.</summary>
internal static class AssistedValidationIds
{
    public static readonly string[] Cluster =
    {
        "pull-secret-set", "all-hosts-are-ready-to-install", "sufficient-masters-count", "api-vip-defined", "api-vip-valid",
        "cluster-cidr-defined", "dns-domain-defined", "ingress-vip-defined", "ingress-vip-valid", "machine-cidr-defined",
        "machine-cidr-equals-to-calculated-cidr", "network-prefix-valid", "network-type-valid", "no-cidrs-overlapping",
        "ntp-server-configured", "service-cidr-defined", "cnv-requirements-satisfied", "lso-requirements-satisfied",
        "ocs-requirements-satisfied", "lvm-requirements-satisfied", "mce-requirements-satisfied",
    };

    public static readonly string[] Host =
    {
        "has-inventory", "inventory-not-partially-truncated", "inventory-not-fully-truncated", "has-min-cpu-cores",
        "has-min-memory", "has-min-valid-disks", "has-cpu-cores-for-role", "has-memory-for-role", "hostname-unique",
        "hostname-valid", "sufficient-installation-disk-speed", "compatible-with-cluster-platform", "connected",
        "machine-cidr-defined", "belongs-to-machine-cidr", "belongs-to-majority-group", "valid-platform-network-settings",
        "ntp-synced", "container-images-available", "sufficient-network-latency-requirement-for-role",
        "sufficient-packet-loss-requirement-for-role", "has-default-route", "api-domain-name-resolved-correctly",
        "api-int-domain-name-resolved-correctly", "apps-domain-name-resolved-correctly", "dns-wildcard-not-configured",
    };

    /// <summary>Validations an installation cannot do without.</summary>
    public static readonly string[] ClusterNotIgnorable = { "pull-secret-set", "sufficient-masters-count" };

    public static readonly string[] HostNotIgnorable = { "has-inventory", "connected", "hostname-unique" };
}
