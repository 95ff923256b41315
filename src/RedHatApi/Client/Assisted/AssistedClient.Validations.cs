using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// What decides whether a cluster can install: /v2/clusters/{id}/ignored-validations (two JSON lists, each inside a
/// string) and /v2/clusters/{id}/preflight-requirements (hardware per role, for OpenShift and for each operator).
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>GET /v2/clusters/{id}/ignored-validations.</summary>
    internal async Task<AssistedIgnoredValidation> GetIgnoredValidationsAsync(Guid clusterId, CancellationToken cancellationToken) =>
        ToModel(clusterId, await GetAsync<AssistedIgnoredValidationsWire>(ClusterPath(clusterId) + "/ignored-validations", ClusterTarget(clusterId), cancellationToken).ConfigureAwait(false));

    /// <summary>The PUT /v2/clusters/{id}/ignored-validations that sets both lists.</summary>
    internal ApiRequest SetIgnoredValidationsRequest(Guid clusterId, IReadOnlyList<string> clusterIds, IReadOnlyList<string> hostIds) =>
        Request(HttpMethod.Put, ClusterPath(clusterId) + "/ignored-validations", new AssistedIgnoredValidationsWire
        {
            ClusterValidationIds = JsonSerializer.Serialize(clusterIds),
            HostValidationIds = JsonSerializer.Serialize(hostIds),
        });

    /// <summary>Sends <paramref name="request"/> (from <see cref="SetIgnoredValidationsRequest"/>): 201 with the lists as the service keeps them.</summary>
    internal async Task<AssistedIgnoredValidation> SetIgnoredValidationsAsync(Guid clusterId, ApiRequest request, CancellationToken cancellationToken)
    {
        var target = ClusterTarget(clusterId, Text.Format(Strings.AssistedOperationIgnoredValidations, clusterId), Strings.AssistedAdviceUpdate);
        var response = await SendAsync<AssistedIgnoredValidationsWire>(request, target, cancellationToken).ConfigureAwait(false);
        return response.Body is { } wire ? ToModel(clusterId, wire) : await GetIgnoredValidationsAsync(clusterId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GET /v2/clusters/{id}/preflight-requirements, one row per component (ocp, then each operator) and role.</summary>
    internal async Task<IReadOnlyList<AssistedPreflightRequirement>> GetPreflightRequirementsAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var wire = await GetAsync<AssistedPreflightWire>(ClusterPath(clusterId) + "/preflight-requirements", ClusterTarget(clusterId), cancellationToken).ConfigureAwait(false);
        var rows = new List<AssistedPreflightRequirement>();
        rows.AddRange(Rows(clusterId, "ocp", wire.Ocp, Array.Empty<string>()));
        foreach (var op in wire.Operators ?? new())
        {
            rows.AddRange(Rows(clusterId, op.OperatorName ?? string.Empty, op.Requirements, op.Dependencies ?? new List<string>()));
        }

        return rows;
    }

    private static IEnumerable<AssistedPreflightRequirement> Rows(Guid clusterId, string component, AssistedRoleRequirementsWire? roles, IReadOnlyList<string> dependencies)
    {
        foreach (var (role, host) in new[] { ("master", roles?.Master), ("worker", roles?.Worker) })
        {
            if (host is null)
            {
                continue;
            }

            var q = host.Quantitative;
            yield return new AssistedPreflightRequirement(clusterId, component, role)
            {
                CpuCores = q?.CpuCores,
                RamMib = q?.RamMib,
                DiskSizeGb = q?.DiskSizeGb,
                InstallationDiskSpeedThresholdMs = q?.InstallationDiskSpeedThresholdMs,
                NetworkLatencyThresholdMs = q?.NetworkLatencyThresholdMs,
                PacketLossPercentage = q?.PacketLossPercentage,
                TpmEnabledInBios = q?.TpmEnabledInBios,
                Qualitative = host.Qualitative ?? new List<string>(),
                Dependencies = dependencies,
            };
        }
    }

    private static AssistedIgnoredValidation ToModel(Guid clusterId, AssistedIgnoredValidationsWire wire) =>
        new(clusterId, IdList(wire.ClusterValidationIds), IdList(wire.HostValidationIds));

    /// <summary>A JSON list of ids inside a string; an empty or malformed string is no ids.</summary>
    private static IReadOnlyList<string> IdList(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Array.Empty<string>();
        }

        try
        {
            return JsonSerializer.Deserialize<List<string>>(json!)?.Where(s => s is not null).ToList() ?? new List<string>();
        }
        catch (JsonException)
        {
            return Array.Empty<string>();
        }
    }
}
