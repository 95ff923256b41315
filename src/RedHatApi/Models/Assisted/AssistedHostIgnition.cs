using System;

namespace RedHatApi.Models.Assisted;

/// <summary>The ignition override of one host (GET …/hosts/{host_id}/ignition): an ignition config as JSON text, empty when none is set.</summary>
public sealed class AssistedHostIgnition
{
    internal AssistedHostIgnition(Guid infraEnvId, Guid hostId, string config)
    {
        InfraEnvId = infraEnvId;
        HostId = hostId;
        Config = config;
    }

    /// <summary>The infra-env of the host.</summary>
    public Guid InfraEnvId { get; }

    /// <summary>The host.</summary>
    public Guid HostId { get; }

    /// <summary>The override, as the service stores it (ignition JSON); empty when none is set.</summary>
    public string Config { get; }

    /// <summary>Whether an override is set.</summary>
    public bool IsSet => Config.Length > 0;

    /// <inheritdoc />
    public override string ToString() => Config;
}
