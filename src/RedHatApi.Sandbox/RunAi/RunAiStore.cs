using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>A cluster of the tenant.</summary>
public sealed class RunAiCluster
{
    public required string Uuid { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public JsonObject ToJson() => new()
    {
        ["uuid"] = Uuid,
        ["tenantId"] = RunAiStore.TenantId,
        ["name"] = Name,
        ["createdAt"] = RunAiStore.Time(CreatedAt),
        ["domain"] = "https://" + Name + ".apps.example.com",
        ["version"] = "2.22.0",
        ["status"] = new JsonObject
        {
            ["state"] = "Connected",
            ["platform"] = new JsonObject { ["type"] = "openshift", ["kubeVersion"] = "v1.31.6" },
        },
        ["updatedAt"] = RunAiStore.Time(CreatedAt),
        ["lastLiveness"] = RunAiStore.Time(DateTimeOffset.UtcNow),
    };
}

/// <summary>The quota of an org unit in one node pool, as Run:ai's <c>resources</c> entries carry it.</summary>
public sealed class RunAiQuota
{
    public required string NodePoolId { get; init; }

    public required string NodePoolName { get; init; }

    public double GpuDeserved { get; set; }

    public double? GpuLimit { get; set; }

    public double? CpuDeserved { get; set; }

    public double? MemoryDeserved { get; set; }

    public JsonObject ToJson() => new()
    {
        ["nodePool"] = new JsonObject { ["id"] = NodePoolId, ["name"] = NodePoolName },
        ["gpu"] = new JsonObject { ["deserved"] = GpuDeserved, ["limit"] = GpuLimit, ["overQuotaWeight"] = 2 },
        ["cpu"] = new JsonObject { ["deserved"] = CpuDeserved, ["limit"] = null, ["overQuotaWeight"] = 2 },
        ["memory"] = new JsonObject { ["deserved"] = MemoryDeserved, ["limit"] = null, ["overQuotaWeight"] = 2, ["units"] = "Mib" },
        ["priority"] = "Normal",
    };
}

/// <summary>A project or a department: Run:ai's two org units share most fields.</summary>
public sealed class RunAiOrgUnit
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string ClusterId { get; init; }

    /// <summary>The department of a project; null for a department.</summary>
    public string? ParentId { get; set; }

    public string Description { get; set; } = string.Empty;

    public List<RunAiQuota> Resources { get; set; } = new();

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "admin@example.com";

    private JsonObject TotalResources() => new()
    {
        ["gpuQuota"] = Resources.Sum(r => r.GpuDeserved),
        ["cpuQuota"] = Resources.All(r => r.CpuDeserved is null) ? null : Resources.Sum(r => r.CpuDeserved ?? 0),
        ["memoryQuota"] = Resources.All(r => r.MemoryDeserved is null) ? null : Resources.Sum(r => r.MemoryDeserved ?? 0),
    };

    private JsonArray ResourcesJson() => new(Resources.Select(r => (JsonNode)r.ToJson()).ToArray());

    public JsonObject ProjectJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["clusterId"] = ClusterId,
        ["parentId"] = ParentId,
        ["description"] = Description,
        ["requestedNamespace"] = "runai-" + Name,
        ["enforceRunaiScheduler"] = true,
        ["status"] = new JsonObject { ["namespace"] = "runai-" + Name, ["phase"] = "Ready", ["phaseMessage"] = null },
        ["totalResources"] = TotalResources(),
        ["effective"] = new JsonObject { ["defaultNodePools"] = null },
        ["createdAt"] = RunAiStore.Time(CreatedAt),
        ["updatedAt"] = RunAiStore.Time(UpdatedAt),
        ["createdBy"] = "admin@example.com",
        ["updatedBy"] = UpdatedBy,
        ["resources"] = ResourcesJson(),
    };

    public JsonObject DepartmentJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["clusterId"] = ClusterId,
        ["description"] = Description,
        ["totalResources"] = TotalResources(),
        ["createdAt"] = RunAiStore.Time(CreatedAt),
        ["updatedAt"] = RunAiStore.Time(UpdatedAt),
        ["createdBy"] = "admin@example.com",
        ["updatedBy"] = UpdatedBy,
        ["resources"] = ResourcesJson(),
    };
}

/// <summary>A node pool of a cluster.</summary>
public sealed class RunAiNodePool
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required RunAiCluster Cluster { get; init; }

    public bool IsDefault { get; init; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["labelKey"] = "run.ai/node-pool",
        ["labelValue"] = Name,
        ["clusterId"] = Cluster.Uuid,
        ["clusterName"] = Cluster.Name,
        ["tenantId"] = RunAiStore.TenantId,
        ["phase"] = "Ready",
        ["createdBy"] = "admin@example.com",
        ["createdAt"] = RunAiStore.Time(Cluster.CreatedAt),
        ["updatedBy"] = "admin@example.com",
        ["updatedAt"] = RunAiStore.Time(Cluster.CreatedAt),
        ["isDefault"] = IsDefault,
    };
}

/// <summary>A GPU node of a cluster.</summary>
public sealed class RunAiNode
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required RunAiCluster Cluster { get; init; }

    public required string NodePool { get; init; }

    public required string Status { get; init; }

    public required int GpuCount { get; init; }

    public required string GpuType { get; init; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["clusterUuid"] = Cluster.Uuid,
        ["nodePool"] = NodePool,
        ["status"] = Status,
        ["createdAt"] = RunAiStore.Time(Cluster.CreatedAt),
        ["updatedAt"] = RunAiStore.Time(Cluster.CreatedAt),
        ["gpuInfo"] = new JsonObject { ["gpuType"] = GpuType, ["gpuCount"] = GpuCount },
    };
}

/// <summary>The tenant's data: clusters, node pools, nodes, departments and projects, seeded from the options.</summary>
public sealed class RunAiStore
{
    public const int TenantId = 1001;

    private static readonly DateTimeOffset Epoch = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly object _gate = new();
    private int _nextId = 1000;

    public RunAiStore(RunAiOptions options, int seed)
    {
        var random = new Random(seed);
        for (var c = 1; c <= options.Clusters; c++)
        {
            var cluster = new RunAiCluster { Uuid = Uuid(random), Name = "cluster-" + c, CreatedAt = Epoch.AddDays(c) };
            Clusters.Add(cluster);
            var pools = new[]
            {
                new RunAiNodePool { Id = NextId(), Name = "default", Cluster = cluster, IsDefault = true },
                new RunAiNodePool { Id = NextId(), Name = "a100", Cluster = cluster },
            };
            NodePools.AddRange(pools);
            for (var n = 1; n <= options.Nodes; n++)
            {
                var pool = n % 2 == 0 ? pools[1] : pools[0];
                Nodes.Add(new RunAiNode
                {
                    Id = Uuid(random),
                    Name = $"c{c}-gpu-node-{n:D2}",
                    Cluster = cluster,
                    NodePool = pool.Name,
                    Status = n % 5 == 0 ? "NotReady" : "Ready",
                    GpuCount = pool.Name == "a100" ? 8 : 4,
                    GpuType = pool.Name == "a100" ? "NVIDIA-A100-SXM4-80GB" : "NVIDIA-L40S",
                });
            }

            Departments.Add(NewUnit("default", cluster.Uuid, null, pools[0], 0));
            for (var d = 1; d <= options.Departments; d++)
            {
                Departments.Add(NewUnit($"dept-{d:D2}", cluster.Uuid, null, pools[0], 16));
            }
        }

        for (var p = 1; p <= options.Projects; p++)
        {
            var department = Departments[(p - 1) % Departments.Count];
            var pool = NodePools.First(n => n.Cluster.Uuid == department.ClusterId);
            Projects.Add(NewUnit($"project-{p:D4}", department.ClusterId, department.Id, pool, p % 4));
        }
    }

    public List<RunAiCluster> Clusters { get; } = new();

    public List<RunAiNodePool> NodePools { get; } = new();

    public List<RunAiNode> Nodes { get; } = new();

    public List<RunAiOrgUnit> Departments { get; } = new();

    public List<RunAiOrgUnit> Projects { get; } = new();

    /// <summary>Every change goes under this lock; lists are read as snapshots.</summary>
    public object Gate => _gate;

    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public string NextId() => (++_nextId).ToString(CultureInfo.InvariantCulture);

    public RunAiOrgUnit NewUnit(string name, string clusterId, string? parentId, RunAiNodePool pool, double gpus)
    {
        var now = Epoch.AddHours(_nextId - 1000);
        return new RunAiOrgUnit
        {
            Id = NextId(),
            Name = name,
            ClusterId = clusterId,
            ParentId = parentId,
            CreatedAt = now,
            UpdatedAt = now,
            Resources = { new RunAiQuota { NodePoolId = pool.Id, NodePoolName = pool.Name, GpuDeserved = gpus } },
        };
    }

    private static string Uuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }
}
