using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Ironic;

/// <summary>One bare-metal node as Get-IronicNode lists it (GET /v1/nodes).</summary>
public sealed class IronicNode
{
    internal IronicNode(Guid uuid, string? name)
    {
        Uuid = uuid;
        Name = name;
    }

    /// <summary>The node's UUID; -Node of Send-IronicHeartbeat and Get-IronicPort takes it.</summary>
    public Guid Uuid { get; }

    /// <summary>The node's name, when it has one.</summary>
    public string? Name { get; }

    /// <summary>enroll, manageable, available, active, clean wait, deploy failed...</summary>
    public string? ProvisionState { get; init; }

    /// <summary>The state a running transition heads for, or null.</summary>
    public string? TargetProvisionState { get; init; }

    /// <summary>power on, power off, or null when unknown.</summary>
    public string? PowerState { get; init; }

    /// <summary>True while the node is in maintenance mode.</summary>
    public bool? Maintenance { get; init; }

    /// <summary>The Nova / Metal3 resource class the node is scheduled as.</summary>
    public string? ResourceClass { get; init; }

    /// <summary>The hardware type: ipmi, redfish, fake-hardware...</summary>
    public string? Driver { get; init; }

    /// <summary>The project that owns the node, when set.</summary>
    public string? Owner { get; init; }

    /// <summary>The instance deployed on the node, when there is one.</summary>
    public Guid? InstanceUuid { get; init; }

    /// <summary>Every field the server returned (all of them with -Detail, the chosen ones with -Fields), by Ironic's names.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    /// <inheritdoc />
    public override string ToString() => Name ?? Uuid.ToString();
}
