using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Ironic;
using RedHatApi.Paging;

namespace RedHatApi.Client.Ironic;

/// <summary>The node and port inventory: GET /v1/nodes and /v1/ports, paged by limit and marker.</summary>
internal sealed partial class IronicClient
{
    /// <summary>resource_class is in node answers from 1.21.</summary>
    private static readonly IronicMicroversion NodesVersion = new(1, 21);

    /// <summary>detail=true on the collection.</summary>
    private static readonly IronicMicroversion DetailVersion = new(1, 43);

    /// <summary>The owner field and filter.</summary>
    private static readonly IronicMicroversion OwnerVersion = new(1, 50);

    /// <summary>fields= on collections.</summary>
    private static readonly IronicMicroversion FieldsVersion = new(1, 8);

    /// <summary>One page of nodes; the next page's marker is the one in the page's next link.</summary>
    internal async Task<Page<IronicNode>> GetNodesPageAsync(PageRequest page, IronicNodeFilter filter, CancellationToken cancellationToken)
    {
        var minimum = IronicMicroversion.Base;
        if (filter.Detail)
        {
            minimum = IronicMicroversion.Max(minimum, DetailVersion);
        }

        if (filter.Owner is not null)
        {
            minimum = IronicMicroversion.Max(minimum, OwnerVersion);
        }

        if (filter.Fields is { Count: > 0 })
        {
            minimum = IronicMicroversion.Max(minimum, FieldsVersion);
        }

        // Ironic's plain listing has no driver or resource_class: the properties every node shows are asked for by name.
        var fields = filter.Detail ? null : filter.Fields is { Count: > 0 } ? filter.Fields : DefaultNodeFields;
        if (fields == DefaultNodeFields)
        {
            minimum = IronicMicroversion.Max(minimum, NodesVersion);
        }

        var version = await VersionForAsync("Get-IronicNode", minimum, IronicMicroversion.Max(minimum, NodesVersion), cancellationToken).ConfigureAwait(false);
        var query = IronicJson.Query(new[]
        {
            Pair("limit", IronicJson.Invariant(page.Limit)),
            Pair("marker", page.Cursor),
            Pair("provision_state", filter.ProvisionState),
            Pair("maintenance", filter.Maintenance is { } m ? IronicJson.Invariant(m) : null),
            Pair("associated", filter.Associated is { } a ? IronicJson.Invariant(a) : null),
            Pair("resource_class", filter.ResourceClass),
            Pair("driver", filter.Driver),
            Pair("owner", filter.Owner),
            Pair("detail", filter.Detail ? "true" : null),
            Pair("fields", FieldsOf(fields)),
        });
        using var doc = await SendAsync(version, (c, ct) => DocumentAsync(c, c.Request(HttpMethod.Get, "v1/nodes?" + query), null, ct), cancellationToken).ConfigureAwait(false);
        var nodes = doc.RootElement.TryGetProperty("nodes", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(ToNode).ToList()
            : throw new RedHatApiException(ErrorIds.InvalidResponse, Properties.Text.Format(Properties.Strings.InvalidResponse, "Ironic", "no nodes in the node list"));
        return new Page<IronicNode>(nodes, nextCursor: IronicJson.MarkerOf(IronicJson.String(doc.RootElement, "next")));
    }

    /// <summary>One node by UUID or name; none is a per-input IronicNodeNotFound.</summary>
    internal async Task<IronicNode> GetNodeAsync(string ident, IReadOnlyList<string>? fields, CancellationToken cancellationToken)
    {
        var minimum = fields is { Count: > 0 } ? FieldsVersion : IronicMicroversion.Base;
        var version = await VersionForAsync("Get-IronicNode", minimum, IronicMicroversion.Max(minimum, OwnerVersion), cancellationToken).ConfigureAwait(false);
        var query = fields is { Count: > 0 } ? "?fields=" + Uri.EscapeDataString(FieldsOf(fields)!) : string.Empty;
        using var doc = await SendAsync(version, (c, ct) => DocumentAsync(c, c.Request(HttpMethod.Get, "v1/nodes/" + Uri.EscapeDataString(ident) + query), ident, ct), cancellationToken).ConfigureAwait(false);
        return ToNode(doc.RootElement);
    }

    /// <summary>One page of ports, of one node (by UUID or name) and/or one MAC address.</summary>
    internal async Task<Page<IronicPort>> GetPortsPageAsync(PageRequest page, string? node, string? address, CancellationToken cancellationToken)
    {
        var byUuid = Guid.TryParse(node, out var nodeUuid);

        // Filtering by node name (node=) needs 1.5; node_uuid= is always there.
        // The plain port listing has only uuid and address; node_uuid and pxe_enabled (1.19) are asked for by name.
        var minimum = PortFieldsVersion;
        var version = await VersionForAsync("Get-IronicPort", minimum, minimum, cancellationToken).ConfigureAwait(false);
        var query = IronicJson.Query(new[]
        {
            Pair("limit", IronicJson.Invariant(page.Limit)),
            Pair("marker", page.Cursor),
            Pair("node_uuid", byUuid ? nodeUuid.ToString() : null),
            Pair("node", node is not null && !byUuid ? node : null),
            Pair("address", address?.ToLowerInvariant()),
            Pair("fields", FieldsOf(DefaultPortFields)),
        });
        using var doc = await SendAsync(version, (c, ct) => DocumentAsync(c, c.Request(HttpMethod.Get, "v1/ports?" + query), node ?? address, ct), cancellationToken).ConfigureAwait(false);
        var ports = doc.RootElement.TryGetProperty("ports", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(ToPort).ToList()
            : throw new RedHatApiException(ErrorIds.InvalidResponse, Properties.Text.Format(Properties.Strings.InvalidResponse, "Ironic", "no ports in the port list"));
        return new Page<IronicPort>(ports, nextCursor: IronicJson.MarkerOf(IronicJson.String(doc.RootElement, "next")));
    }

    private static readonly string[] AlwaysFields = { "uuid" };

    /// <summary>What a listed node shows (the contract's properties), asked for with fields=.</summary>
    private static readonly IReadOnlyList<string> DefaultNodeFields = new[]
    {
        "uuid", "name", "provision_state", "target_provision_state", "power_state", "maintenance", "resource_class", "driver", "instance_uuid",
    };

    private static readonly IReadOnlyList<string> DefaultPortFields = new[] { "uuid", "address", "node_uuid", "pxe_enabled" };

    /// <summary>pxe_enabled is in port answers from 1.19 (and node= takes a name from 1.5).</summary>
    private static readonly IronicMicroversion PortFieldsVersion = new(1, 19);

    private static KeyValuePair<string, string?> Pair(string key, string? value) => new(key, value);

    // The marker is the last UUID, so uuid is always asked for.
    private static string? FieldsOf(IReadOnlyList<string>? fields) =>
        fields is { Count: > 0 } ? string.Join(",", AlwaysFields.Concat(fields).Distinct(StringComparer.Ordinal)) : null;

    private static IronicNode ToNode(JsonElement node) =>
        new(IronicJson.Guid(node, "uuid") ?? Guid.Empty, IronicJson.String(node, "name"))
        {
            ProvisionState = IronicJson.String(node, "provision_state"),
            TargetProvisionState = IronicJson.String(node, "target_provision_state"),
            PowerState = IronicJson.String(node, "power_state"),
            Maintenance = IronicJson.Bool(node, "maintenance"),
            ResourceClass = IronicJson.String(node, "resource_class"),
            Driver = IronicJson.String(node, "driver"),
            Owner = IronicJson.String(node, "owner"),
            InstanceUuid = IronicJson.Guid(node, "instance_uuid"),
            Fields = IronicJson.Fields(node),
        };

    private static IronicPort ToPort(JsonElement port) =>
        new(IronicJson.Guid(port, "uuid") ?? Guid.Empty, IronicJson.String(port, "address") ?? string.Empty, IronicJson.Guid(port, "node_uuid"))
        {
            PxeEnabled = IronicJson.Bool(port, "pxe_enabled"),
            Fields = IronicJson.Fields(port),
        };
}

/// <summary>The filters of Get-IronicNode, as Ironic's query parameters take them.</summary>
internal sealed record IronicNodeFilter
{
    internal string? ProvisionState { get; init; }

    internal bool? Maintenance { get; init; }

    internal bool? Associated { get; init; }

    internal string? ResourceClass { get; init; }

    internal string? Driver { get; init; }

    internal string? Owner { get; init; }

    internal bool Detail { get; init; }

    internal IReadOnlyList<string>? Fields { get; init; }
}
