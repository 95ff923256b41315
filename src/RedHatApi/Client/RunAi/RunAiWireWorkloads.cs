using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.RunAi;

// Wire types of the workload endpoints (schemas Workload, Pod1, Event2). Only the fields RedHatApi reads.

/// <summary>One item of GET /api/v1/workloads, and the answer of GET /api/v1/workloads/{id}.</summary>
internal sealed class RunAiWireWorkload
{
    [JsonPropertyName("id")]
    public Guid Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("phase")]
    public string? Phase { get; set; }

    [JsonPropertyName("phaseMessage")]
    public string? PhaseMessage { get; set; }

    [JsonPropertyName("phaseUpdatedAt")]
    public DateTimeOffset? PhaseUpdatedAt { get; set; }

    [JsonPropertyName("projectName")]
    public string? ProjectName { get; set; }

    [JsonPropertyName("projectId")]
    public string? ProjectId { get; set; }

    [JsonPropertyName("departmentName")]
    public string? DepartmentName { get; set; }

    [JsonPropertyName("clusterId")]
    public Guid? ClusterId { get; set; }

    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [JsonPropertyName("submittedBy")]
    public string? SubmittedBy { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("runningPods")]
    public int? RunningPods { get; set; }

    [JsonPropertyName("allocatedResources")]
    public RunAiWireAllocated? AllocatedResources { get; set; }

    [JsonPropertyName("actionsSupport")]
    public RunAiWireActions? ActionsSupport { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("completedAt")]
    public DateTimeOffset? CompletedAt { get; set; }

    [JsonPropertyName("deletedAt")]
    public DateTimeOffset? DeletedAt { get; set; }

    [JsonPropertyName("images")]
    public List<string>? Images { get; set; }
}

/// <summary>allocatedResources of a workload or pod: only the GPU count is read.</summary>
internal sealed class RunAiWireAllocated
{
    [JsonPropertyName("gpu")]
    public double? Gpu { get; set; }
}

/// <summary>actionsSupport of a workload: what the control plane lets users do with it.</summary>
internal sealed class RunAiWireActions
{
    [JsonPropertyName("delete")]
    public bool? Delete { get; set; }

    [JsonPropertyName("suspend")]
    public bool? Suspend { get; set; }
}

/// <summary>One item of GET /api/v1/workloads/{id}/pods.</summary>
internal sealed class RunAiWirePod
{
    [JsonPropertyName("id")]
    public Guid Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("workloadId")]
    public Guid WorkloadId { get; set; }

    [JsonPropertyName("workloadName")]
    public string? WorkloadName { get; set; }

    [JsonPropertyName("projectName")]
    public string? ProjectName { get; set; }

    [JsonPropertyName("k8sPhase")]
    public string? K8sPhase { get; set; }

    [JsonPropertyName("nodeName")]
    public string? NodeName { get; set; }

    [JsonPropertyName("currentNodePool")]
    public string? CurrentNodePool { get; set; }

    [JsonPropertyName("ip")]
    public string? Ip { get; set; }

    [JsonPropertyName("clusterId")]
    public Guid? ClusterId { get; set; }

    [JsonPropertyName("allocatedResources")]
    public RunAiWireAllocated? AllocatedResources { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("completedAt")]
    public DateTimeOffset? CompletedAt { get; set; }

    [JsonPropertyName("containers")]
    public List<RunAiWireContainer>? Containers { get; set; }
}

/// <summary>A container of a pod.</summary>
internal sealed class RunAiWireContainer
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("image")]
    public string? Image { get; set; }
}

/// <summary>One item of GET /api/v1/workloads/{id}/events.</summary>
internal sealed class RunAiWireEvent
{
    [JsonPropertyName("createdAt")]
    public DateTimeOffset CreatedAt { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("clusterId")]
    public Guid? ClusterId { get; set; }

    [JsonPropertyName("involvedObject")]
    public RunAiWireInvolvedObject? InvolvedObject { get; set; }
}

/// <summary>The object an event is about.</summary>
internal sealed class RunAiWireInvolvedObject
{
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
