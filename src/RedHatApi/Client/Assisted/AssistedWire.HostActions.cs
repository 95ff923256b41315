using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// Bodies of the host actions and of the infra-env files (bind, installer arguments, ignition override).

/// <summary>POST …/hosts/{host_id}/actions/bind: bind-host-params.</summary>
internal sealed class AssistedBindHostWire
{
    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }
}

/// <summary>PATCH …/hosts/{host_id}/installer-args: installer-args-params (the whole list).</summary>
internal sealed class AssistedInstallerArgsWire
{
    [JsonPropertyName("args")]
    public string[]? Args { get; set; }
}

/// <summary>GET and PATCH …/hosts/{host_id}/ignition: host-ignition-params (an ignition config as a JSON string).</summary>
internal sealed class AssistedHostIgnitionWire
{
    [JsonPropertyName("config")]
    public string? Config { get; set; }
}

/// <summary>disk-config-params: a disk by id and the role it gets (install, or none to clear a choice).</summary>
internal sealed class AssistedDiskConfigWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }
}

/// <summary>The proxy definition as infra-env-update-params carries it; an empty string clears a setting.</summary>
internal sealed class AssistedProxyWire
{
    [JsonPropertyName("http_proxy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HttpProxy { get; set; }

    [JsonPropertyName("https_proxy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HttpsProxy { get; set; }

    [JsonPropertyName("no_proxy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NoProxy { get; set; }
}

/// <summary>host_static_network_config: one host's nmstate YAML and the MAC-to-interface map it uses.</summary>
internal sealed class AssistedStaticNetworkWire
{
    [JsonPropertyName("network_yaml")]
    public string? NetworkYaml { get; set; }

    [JsonPropertyName("mac_interface_map")]
    public List<AssistedMacInterfaceWire>? MacInterfaceMap { get; set; }
}

/// <summary>One entry of mac_interface_map.</summary>
internal sealed class AssistedMacInterfaceWire
{
    [JsonPropertyName("mac_address")]
    public string? MacAddress { get; set; }

    [JsonPropertyName("logical_nic_name")]
    public string? LogicalNicName { get; set; }
}

/// <summary>kernel_argument: an operation (append, replace, delete) and the argument it applies to.</summary>
internal sealed class AssistedKernelArgumentWire
{
    [JsonPropertyName("operation")]
    public string? Operation { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
