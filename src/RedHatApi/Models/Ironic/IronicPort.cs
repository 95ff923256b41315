using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Ironic;

/// <summary>One NIC of a node as Get-IronicPort lists it (GET /v1/ports): the MAC address is what a CMDB joins on.</summary>
public sealed class IronicPort
{
    internal IronicPort(Guid uuid, string address, Guid? nodeUuid)
    {
        Uuid = uuid;
        Address = address;
        NodeUuid = nodeUuid;
    }

    /// <summary>The port's UUID.</summary>
    public Guid Uuid { get; }

    /// <summary>The NIC's MAC address, lower case with colons, as Ironic stores it.</summary>
    public string Address { get; }

    /// <summary>The node the NIC belongs to.</summary>
    public Guid? NodeUuid { get; }

    /// <summary>True when the node boots over PXE from this NIC.</summary>
    public bool? PxeEnabled { get; init; }

    /// <summary>Every field the server returned, by Ironic's names.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    /// <inheritdoc />
    public override string ToString() => Address;
}
