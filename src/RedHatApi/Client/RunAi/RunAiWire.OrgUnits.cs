using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.RunAi;

// Wire types of projects and departments (the spec's Project, DepartmentForList, *CreationRequest,
// *UpdateRequest, Resources and ResourcesNullable). Nulls are left out of the bodies RedHatApi sends.

/// <summary>A project or department as Run:ai answers it; the two share these fields.</summary>
internal sealed class RunAiOrgUnitWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("clusterId")]
    public string? ClusterId { get; set; }

    [JsonPropertyName("parentId")]
    public string? ParentId { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("status")]
    public RunAiProjectStatusWire? Status { get; set; }

    [JsonPropertyName("totalResources")]
    public RunAiTotalResourcesWire? TotalResources { get; set; }

    [JsonPropertyName("resources")]
    public List<RunAiResourcesWire>? Resources { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; set; }
}

internal sealed class RunAiProjectStatusWire
{
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [JsonPropertyName("phase")]
    public string? Phase { get; set; }
}

internal sealed class RunAiTotalResourcesWire
{
    [JsonPropertyName("gpuQuota")]
    public double? GpuQuota { get; set; }

    [JsonPropertyName("cpuQuota")]
    public double? CpuQuota { get; set; }

    [JsonPropertyName("memoryQuota")]
    public double? MemoryQuota { get; set; }
}

/// <summary>One entry of <c>resources</c>: a node pool and its GPU, CPU and memory quota.</summary>
internal sealed class RunAiResourcesWire
{
    [JsonPropertyName("nodePool")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunAiNodePoolRefWire? NodePool { get; set; }

    [JsonPropertyName("gpu")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunAiResourceWire? Gpu { get; set; }

    [JsonPropertyName("cpu")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunAiResourceWire? Cpu { get; set; }

    [JsonPropertyName("memory")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunAiResourceWire? Memory { get; set; }
}

internal sealed class RunAiNodePoolRefWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }
}

internal sealed class RunAiResourceWire
{
    [JsonPropertyName("deserved")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Deserved { get; set; }

    [JsonPropertyName("limit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Limit { get; set; }

    [JsonPropertyName("overQuotaWeight")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? OverQuotaWeight { get; set; }

    /// <summary>Memory only: Mib, MB or GB.</summary>
    [JsonPropertyName("units")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Units { get; set; }
}

/// <summary>POST /api/v1/org-unit/projects and /departments.</summary>
internal sealed class RunAiOrgUnitCreateWire
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("clusterId")]
    public string ClusterId { get; set; } = string.Empty;

    /// <summary>Projects only: the department; left out, Run:ai puts the project in the cluster's default department.</summary>
    [JsonPropertyName("parentId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParentId { get; set; }

    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; set; }

    [JsonPropertyName("resources")]
    public List<RunAiResourcesWire> Resources { get; set; } = new();
}

/// <summary>PUT /api/v1/org-unit/projects/{id} and /departments/{id}: the whole resources list.</summary>
internal sealed class RunAiOrgUnitUpdateWire
{
    [JsonPropertyName("resources")]
    public List<RunAiResourcesWire> Resources { get; set; } = new();
}
