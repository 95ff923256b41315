using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// Hosts: listed per cluster (/v2/clusters/{id}/hosts) or per infra-env (/v2/infra-envs/{id}/hosts), both bare arrays
/// without paging; one host, its update (PATCH 201) and removal (DELETE 204) live under its infra-env.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>GET /v2/clusters/{id}/hosts; an unknown cluster is AssistedClusterNotFound.</summary>
    internal async Task<IReadOnlyList<AssistedHost>> GetClusterHostsAsync(Guid clusterId, CancellationToken cancellationToken) =>
        (await GetAsync<List<AssistedHostWire>>(ClusterPath(clusterId) + "/hosts", ClusterTarget(clusterId), cancellationToken).ConfigureAwait(false))
            .Select(ToModel).ToList();

    /// <summary>GET /v2/infra-envs/{id}/hosts; an unknown infra-env is AssistedInfraEnvNotFound.</summary>
    internal async Task<IReadOnlyList<AssistedHost>> GetInfraEnvHostsAsync(Guid infraEnvId, CancellationToken cancellationToken) =>
        (await GetAsync<List<AssistedHostWire>>(InfraEnvPath(infraEnvId) + "/hosts", InfraEnvTarget(infraEnvId), cancellationToken).ConfigureAwait(false))
            .Select(ToModel).ToList();

    /// <summary>GET /v2/infra-envs/{id}/hosts/{host_id}; an unknown host (or infra-env) is AssistedHostNotFound about the host.</summary>
    internal async Task<AssistedHost> GetHostAsync(Guid infraEnvId, Guid hostId, CancellationToken cancellationToken) =>
        ToModel(await GetAsync<AssistedHostWire>(HostPath(infraEnvId, hostId), HostTarget(infraEnvId, hostId), cancellationToken).ConfigureAwait(false));

    /// <summary>The PATCH /v2/infra-envs/{id}/hosts/{host_id} that sets exactly the non-null fields of <paramref name="changes"/>.</summary>
    internal ApiRequest UpdateHostRequest(Guid infraEnvId, Guid hostId, AssistedHostUpdateWire changes) =>
        Request(new HttpMethod("PATCH"), HostPath(infraEnvId, hostId), changes);

    /// <summary>Sends <paramref name="request"/> (from <see cref="UpdateHostRequest"/>): 201 with the host; 409 is AssistedHostStateConflict.</summary>
    internal async Task<AssistedHost> UpdateHostAsync(Guid infraEnvId, Guid hostId, ApiRequest request, CancellationToken cancellationToken)
    {
        var response = await SendAsync<AssistedHostWire>(request, HostTarget(infraEnvId, hostId), cancellationToken).ConfigureAwait(false);
        return ToModel(response.Body ?? throw EmptyBody());
    }

    /// <summary>The DELETE /v2/infra-envs/{id}/hosts/{host_id}.</summary>
    internal ApiRequest RemoveHostRequest(Guid infraEnvId, Guid hostId) => Request(HttpMethod.Delete, HostPath(infraEnvId, hostId));

    /// <summary>Sends <paramref name="request"/> (from <see cref="RemoveHostRequest"/>): 204.</summary>
    internal Task RemoveHostAsync(Guid infraEnvId, Guid hostId, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<object>(request, HostTarget(infraEnvId, hostId), cancellationToken);

    /// <summary>The error of a host id missing from a listing (the API has no "one host of a cluster" call).</summary>
    internal static RedHatApiException HostMissing(Guid hostId, string where) =>
        new(ErrorIds.AssistedHostNotFound, Text.Format(Strings.AssistedHostNotFound, hostId, where)) { Target = hostId, IsPerInput = true };

    /// <summary>What a failure about one host means: AssistedHostNotFound, or AssistedHostStateConflict with the host's status.</summary>
    private AssistedTarget HostTarget(Guid infraEnvId, Guid hostId) =>
        new(hostId, ErrorIds.AssistedHostNotFound, Text.Format(Strings.AssistedHostNotFound, hostId, Text.Format(Strings.HostInInfraEnv, infraEnvId)))
        {
            ConflictErrorId = ErrorIds.AssistedHostStateConflict,
            ConflictText = (state, reason) => Text.Format(Strings.AssistedHostStateConflict, Text.Format(Strings.AssistedOperationUpdateHost, hostId), state, reason),
            ReadState = async ct =>
            {
                try
                {
                    return (await GetAsync<AssistedHostWire>(HostPath(infraEnvId, hostId), null, ct).ConfigureAwait(false)).Status;
                }
                catch (RedHatApiException)
                {
                    return null;
                }
            },
        };

    private static string HostPath(Guid infraEnvId, Guid hostId) => InfraEnvPath(infraEnvId) + "/hosts/" + Segment(hostId);

    private static AssistedHost ToModel(AssistedHostWire wire)
    {
        var inventory = AssistedJson.Inventory(wire.Inventory);
        return new AssistedHost(
            ParseGuid(wire.Id) ?? Guid.Empty,
            ParseGuid(wire.InfraEnvId) ?? Guid.Empty,
            ParseGuid(wire.ClusterId),
            wire.Status ?? string.Empty,
            wire.StatusInfo,
            AssistedJson.Validations(wire.ValidationsInfo))
        {
            HostName = string.IsNullOrEmpty(wire.RequestedHostname) ? inventory?.Hostname : wire.RequestedHostname,
            Role = wire.Role,
            SuggestedRole = wire.SuggestedRole,
            Bootstrap = wire.Bootstrap ?? false,
            CpuCount = inventory?.Cpu?.Count,
            CpuModel = inventory?.Cpu?.ModelName,
            CpuArchitecture = inventory?.Cpu?.Architecture,
            MemoryBytes = inventory?.Memory?.PhysicalBytes,
            Disks = (inventory?.Disks ?? new()).Select(d => new AssistedHostDisk(
                    d.Name ?? string.Empty, d.Path, d.SizeBytes ?? 0, d.DriveType, d.InstallationEligibility?.Eligible ?? false)
                {
                    Id = d.Id,
                    NotEligibleReasons = d.InstallationEligibility?.NotEligibleReasons ?? new List<string>(),
                }).ToList(),
            Interfaces = (inventory?.Interfaces ?? new()).Select(i => new AssistedHostInterface(
                    i.Name ?? string.Empty, i.MacAddress, i.Ipv4Addresses ?? new List<string>(), i.Ipv6Addresses ?? new List<string>())
                {
                    SpeedMbps = i.SpeedMbps is > 0 ? i.SpeedMbps : null,
                    HasCarrier = i.HasCarrier ?? false,
                }).ToList(),
            Manufacturer = inventory?.SystemVendor?.Manufacturer,
            ProductName = inventory?.SystemVendor?.ProductName,
            IsVirtual = inventory?.SystemVendor?.Virtual,
            InstallationDiskPath = string.IsNullOrEmpty(wire.InstallationDiskPath) ? null : wire.InstallationDiskPath,
            InstallationDiskId = string.IsNullOrEmpty(wire.InstallationDiskId) ? null : wire.InstallationDiskId,
            MachineConfigPoolName = string.IsNullOrEmpty(wire.MachineConfigPoolName) ? null : wire.MachineConfigPoolName,
            InstallerArgs = InstallerArgsOf(wire.InstallerArgs),
            InstallStage = wire.Progress?.CurrentStage,
            InstallPercent = wire.Progress?.InstallationPercentage,
            DiscoveryAgentVersion = wire.DiscoveryAgentVersion,
            CreatedAt = ParseTime(wire.CreatedAt),
            UpdatedAt = ParseTime(wire.UpdatedAt),
            CheckedInAt = ParseTime(wire.CheckedInAt),
            Href = ParseUri(wire.Href),
        };
    }
}
