using System;

namespace RedHatApi.Models.RunAi;

/// <summary>One Kubernetes event of a Run:ai workload (GET /api/v1/workloads/{id}/events).</summary>
public sealed class RunAiWorkloadEvent
{
    internal RunAiWorkloadEvent(Guid workloadId, DateTimeOffset createdAt, string type, string message)
    {
        WorkloadId = workloadId;
        CreatedAt = createdAt;
        Type = type;
        Message = message;
    }

    /// <summary>The workload the event is about.</summary>
    public Guid WorkloadId { get; }

    /// <summary>When the event happened (UTC).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Normal or Warning.</summary>
    public string Type { get; }

    /// <summary>The event's text.</summary>
    public string Message { get; }

    /// <summary>A short machine reason: Scheduled, Pulled, FailedScheduling...</summary>
    public string? Reason { get; init; }

    /// <summary>The component that reported it (the scheduler, the kubelet...).</summary>
    public string? Source { get; init; }

    /// <summary>The kind of the object it is about: Pod, the workload's kind...</summary>
    public string? ObjectKind { get; init; }

    /// <summary>The name of that object.</summary>
    public string? ObjectName { get; init; }

    /// <summary>The cluster it happened on.</summary>
    public Guid? ClusterId { get; init; }

    /// <inheritdoc />
    public override string ToString() => Type + " " + Reason + ": " + Message;
}
