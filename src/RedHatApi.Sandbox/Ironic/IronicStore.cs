using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;

namespace RedHatApi.Sandbox.Ironic;

/// <summary>One bare-metal node of the sandbox's Ironic, with the agent state Ironic keeps in driver_internal_info.</summary>
public sealed class IronicNodeRecord
{
    public required Guid Uuid { get; init; }

    public required long Id { get; init; }

    public string? Name { get; set; }

    public string Driver { get; set; } = "fake-hardware";

    public string? ResourceClass { get; set; }

    public string ProvisionState { get; set; } = "enroll";

    public string? PowerState { get; set; }

    public bool Maintenance { get; set; }

    public string? Owner { get; set; }

    public Guid? InstanceUuid { get; set; }

    public bool FastTrack { get; set; }

    /// <summary>The agent token, set by the first lookup at 1.62 or later (agent_secret_token).</summary>
    public string? AgentToken { get; set; }

    public string? CallbackUrl { get; set; }

    public DateTimeOffset? LastHeartbeat { get; set; }

    /// <summary>Heartbeats still to be answered 409 (the control API sets it).</summary>
    public int LockedHeartbeats { get; set; }
}

/// <summary>One port (NIC) of a node.</summary>
public sealed class IronicPortRecord
{
    public required Guid Uuid { get; init; }

    public required long Id { get; init; }

    public required string Address { get; init; }

    public required Guid NodeUuid { get; init; }

    public bool PxeEnabled { get; init; } = true;
}

/// <summary>
/// The nodes and ports of the sandbox's Ironic, in creation order (Ironic sorts lists by its internal id). Seeded
/// nodes are named node-0001... with one port each; their UUIDs and MACs follow from the seed. Thread-safe.
/// </summary>
public sealed class IronicStore
{
    private static readonly string[] SeedStates = { "available", "active", "manageable", "available", "clean wait", "deploy wait", "enroll", "active" };
    private readonly object _gate = new();
    private readonly List<IronicNodeRecord> _nodes = new();
    private readonly List<IronicPortRecord> _ports = new();
    private readonly Random _random;
    private long _nextId = 1;

    public IronicStore(int nodes, int seed)
    {
        _random = new Random(seed);
        for (var i = 1; i <= nodes; i++)
        {
            var node = AddNode($"node-{i:D4}", "fake-hardware", i % 3 == 0 ? "baremetal-large" : "baremetal");
            node.ProvisionState = SeedStates[(i - 1) % SeedStates.Length];
            node.PowerState = node.ProvisionState == "active" ? "power on" : "power off";
            node.Maintenance = i % 10 == 0;
            AddPort(node.Uuid, string.Format(CultureInfo.InvariantCulture, "52:54:00:{0:x2}:{1:x2}:{2:x2}", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff));
        }
    }

    public IronicNodeRecord AddNode(string? name, string driver, string? resourceClass)
    {
        lock (_gate)
        {
            var node = new IronicNodeRecord { Uuid = NewUuid(), Id = _nextId++, Name = name, Driver = driver, ResourceClass = resourceClass };
            _nodes.Add(node);
            return node;
        }
    }

    public IronicPortRecord AddPort(Guid node, string address)
    {
        lock (_gate)
        {
            var port = new IronicPortRecord { Uuid = NewUuid(), Id = _nextId++, Address = address.ToLowerInvariant(), NodeUuid = node };
            _ports.Add(port);
            return port;
        }
    }

    /// <summary>A node by UUID or name.</summary>
    public IronicNodeRecord? Node(string ident)
    {
        lock (_gate)
        {
            return Guid.TryParse(ident, out var uuid)
                ? _nodes.Find(n => n.Uuid == uuid)
                : _nodes.Find(n => string.Equals(n.Name, ident, StringComparison.Ordinal));
        }
    }

    public IReadOnlyList<IronicNodeRecord> Nodes()
    {
        lock (_gate)
        {
            return _nodes.ToList();
        }
    }

    public IReadOnlyList<IronicPortRecord> Ports()
    {
        lock (_gate)
        {
            return _ports.ToList();
        }
    }

    public IronicNodeRecord? NodeByMac(IEnumerable<string> addresses)
    {
        lock (_gate)
        {
            var wanted = addresses.Select(a => a.ToLowerInvariant()).ToHashSet();
            var port = _ports.Find(p => wanted.Contains(p.Address));
            return port is null ? null : _nodes.Find(n => n.Uuid == port.NodeUuid);
        }
    }

    /// <summary>A new agent token: 43 URL-safe characters, as Ironic's secrets.token_urlsafe.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private Guid NewUuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
