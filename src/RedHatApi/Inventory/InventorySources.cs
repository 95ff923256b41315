using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Client.Ironic;
using RedHatApi.Client.OpenShift;
using RedHatApi.Client.Rhsm;
using RedHatApi.Models.Assisted;
using RedHatApi.Models.Ironic;
using RedHatApi.Models.Reconciliation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Session;

namespace RedHatApi.Inventory;

/// <summary>
/// Reads each API source through its existing client (paged listings through the <see cref="Paginator"/>) and maps
/// its records to sightings. The maps are separate from the reads so they are unit-testable on models alone.
/// </summary>
internal static class InventorySources
{
    /// <summary>The Ironic node fields a reconciliation needs; updated_at is when Ironic last heard of the node.</summary>
    private static readonly IReadOnlyList<string> IronicNodeFields = new[] { "name", "provision_state", "power_state", "maintenance", "updated_at" };

    /// <summary>Whether <paramref name="source"/> can be read with what <paramref name="session"/> holds.</summary>
    internal static bool IsConnected(SessionCore session, RedHatInventorySource source) => source switch
    {
        RedHatInventorySource.Ironic => session.DefaultOf(IronicState.Family)?.Details is IronicState,
        RedHatInventorySource.OpenShift => session.Clusters.Count > 0,
        RedHatInventorySource.Inventory => ConsoleInventorySource.IsConnected(session),
        _ => true,
    };

    /// <summary>Every sighting of <paramref name="source"/>.</summary>
    internal static Task<List<InventorySighting>> ReadAsync(SessionCore session, RedHatInventorySource source, CancellationToken cancellationToken) => source switch
    {
        RedHatInventorySource.Rhsm => ReadRhsmAsync(RhsmClient.For(session), cancellationToken),
        RedHatInventorySource.Assisted => ReadAssistedAsync(AssistedClient.For(session), cancellationToken),
        RedHatInventorySource.Ironic => ReadIronicAsync(IronicClient.For(session), cancellationToken),
        RedHatInventorySource.OpenShift => ReadOpenShiftAsync(session.Clusters, cancellationToken),
        RedHatInventorySource.Inventory => ConsoleInventorySource.ReadAsync(session, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    internal static async Task<List<InventorySighting>> ReadRhsmAsync(RhsmClient client, CancellationToken cancellationToken)
    {
        var sightings = new List<InventorySighting>();
        var plan = new PagingPlan(0, null, RhsmClient.SystemsPageCap);
        await foreach (var system in Paginator.StreamAsync<RhsmSystem>((page, ct) => client.GetSystemsPageAsync(page, null, null, ct), plan, null, cancellationToken).ConfigureAwait(false))
        {
            sightings.Add(FromRhsm(system));
        }

        return sightings;
    }

    /// <summary>
    /// Assisted hosts through their infra-envs: every host boots from one, whether or not it is bound to a cluster.
    /// The listings are bare arrays without paging, one request per infra-env.
    /// </summary>
    internal static async Task<List<InventorySighting>> ReadAssistedAsync(AssistedClient client, CancellationToken cancellationToken)
    {
        var sightings = new List<InventorySighting>();
        var seen = new HashSet<Guid>();
        foreach (var infraEnv in await client.GetInfraEnvsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var host in await client.GetInfraEnvHostsAsync(infraEnv.Id, cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add(host.Id))
                {
                    sightings.Add(FromAssisted(host));
                }
            }
        }

        return sightings;
    }

    /// <summary>Ironic nodes, each with the MAC addresses of its ports (ports are listed once, not per node).</summary>
    internal static async Task<List<InventorySighting>> ReadIronicAsync(IronicClient client, CancellationToken cancellationToken)
    {
        var macsByNode = new Dictionary<Guid, List<string>>();
        var chained = new PagingPlan(0, null, IronicClient.PageCap, cursorBased: true);
        await foreach (var port in Paginator.StreamAsync<IronicPort>((page, ct) => client.GetPortsPageAsync(page, null, null, ct), chained, null, cancellationToken).ConfigureAwait(false))
        {
            if (port.NodeUuid is { } node)
            {
                if (!macsByNode.TryGetValue(node, out var macs))
                {
                    macsByNode[node] = macs = new List<string>();
                }

                macs.Add(port.Address);
            }
        }

        var sightings = new List<InventorySighting>();
        var filter = new IronicNodeFilter { Fields = IronicNodeFields };
        await foreach (var node in Paginator.StreamAsync<IronicNode>((page, ct) => client.GetNodesPageAsync(page, filter, ct), chained, null, cancellationToken).ConfigureAwait(false))
        {
            sightings.Add(FromIronic(node, macsByNode.TryGetValue(node.Uuid, out var macs) ? macs : new List<string>()));
        }

        return sightings;
    }

    /// <summary>The nodes of every connected cluster, listed with the continue token.</summary>
    internal static async Task<List<InventorySighting>> ReadOpenShiftAsync(IReadOnlyList<ClusterConnection> clusters, CancellationToken cancellationToken)
    {
        var sightings = new List<InventorySighting>();
        foreach (var cluster in clusters)
        {
            var client = OpenShiftClient.For(cluster);
            var nodes = await client.ResolveKindAsync("v1", "Node", cancellationToken).ConfigureAwait(false);
            var plan = new PagingPlan(0, null, 500, cursorBased: true);
            await foreach (var node in Paginator.StreamAsync<JsonObject>((page, ct) => client.ListObjectsPageAsync(nodes, null, null, null, page, ct), plan, null, cancellationToken).ConfigureAwait(false))
            {
                sightings.Add(FromOpenShiftNode(cluster.Name, node));
            }
        }

        return sightings;
    }

    internal static InventorySighting FromRhsm(RhsmSystem system) =>
        new(RedHatInventorySource.Rhsm, system.Uuid.ToString("D"), HostNameKey.RhsmName(system.Hostname, system.Name))
        {
            SubscriptionManagerId = system.Uuid,
            LastSeen = system.LastCheckin,
            Status = system.EntitlementStatus,
        };

    internal static InventorySighting FromAssisted(AssistedHost host) =>
        new(RedHatInventorySource.Assisted, host.Id.ToString("D"), host.HostName)
        {
            MacAddresses = host.Interfaces.Select(i => i.MacAddress).Where(m => !string.IsNullOrEmpty(m)).Select(m => m!).ToList(),
            LastSeen = host.CheckedInAt ?? host.UpdatedAt,
            Status = host.Status,
        };

    internal static InventorySighting FromIronic(IronicNode node, IReadOnlyList<string> macAddresses) =>
        new(RedHatInventorySource.Ironic, node.Uuid.ToString("D"), node.Name)
        {
            MacAddresses = macAddresses,
            LastSeen = node.Fields.TryGetValue("updated_at", out var at) ? HostKeys.Time(at?.ToString()) : null,
            Status = node.ProvisionState,
        };

    /// <summary>A node's host name is its Hostname address (the name kubelet reported), else the node name.</summary>
    internal static InventorySighting FromOpenShiftNode(string cluster, JsonObject node)
    {
        var name = node["metadata"]?["name"]?.GetValue<string>();
        var hostname = (node["status"]?["addresses"] as JsonArray)?
            .Select(a => a as JsonObject)
            .FirstOrDefault(a => a?["type"]?.GetValue<string>() == "Hostname")?["address"]?.GetValue<string>();
        var ready = (node["status"]?["conditions"] as JsonArray)?
            .Select(c => c as JsonObject)
            .FirstOrDefault(c => c?["type"]?.GetValue<string>() == "Ready");
        var status = ready?["status"]?.GetValue<string>() switch
        {
            "True" => "Ready",
            "False" => "NotReady",
            null => null,
            _ => "Unknown",
        };
        var heartbeat = ready?["lastHeartbeatTime"]?.GetValue<string>();
        return new InventorySighting(RedHatInventorySource.OpenShift, cluster + "/" + name, hostname ?? name)
        {
            LastSeen = heartbeat is null ? null : HostKeys.Time(heartbeat),
            Status = status,
        };
    }
}
