using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>Workloads, pods and events as the Run:ai control plane answers them (Workload, Pod1, Event2).</summary>
public static class RunAiWorkloadJson
{
    public static JsonObject Workload(RunAiWorkloadRecord w)
    {
        var pods = RunAiWorkloadStore.PodsOf(w).ToList();
        var running = pods.Count(p => p.Phase == "Running");
        var suspendable = w.Type is "Workspace" or "Training" or "Distributed";
        return new JsonObject
        {
            ["tenantId"] = RunAiStore.TenantId,
            ["id"] = w.Id.ToString(),
            ["name"] = w.Name,
            ["type"] = w.Type,
            ["source"] = "Control-plane",
            ["priority"] = w.Type == "Training" ? 50 : 100,
            ["priorityClassName"] = w.Type == "Training" ? "train" : "build",
            ["submittedBy"] = w.SubmittedBy,
            ["clusterId"] = w.Scope.ClusterId.ToString(),
            ["projectName"] = w.Scope.ProjectName,
            ["projectId"] = w.Scope.ProjectId,
            ["departmentName"] = w.Scope.DepartmentName,
            ["departmentId"] = w.Scope.DepartmentId,
            ["namespace"] = "runai-" + w.Scope.ProjectName,
            ["createdAt"] = RunAiStore.Time(w.CreatedAt),
            ["updatedAt"] = RunAiStore.Time(w.PhaseUpdatedAt),
            ["deletedAt"] = w.DeletedAt is { } deleted ? RunAiStore.Time(deleted) : null,
            ["completedAt"] = w.Phase == "Completed" ? RunAiStore.Time(w.PhaseUpdatedAt) : null,
            ["phase"] = w.Phase,
            ["phaseMessage"] = w.Phase == "Pending" ? "Waiting for GPU quota in project " + w.Scope.ProjectName : string.Empty,
            ["phaseUpdatedAt"] = RunAiStore.Time(w.PhaseUpdatedAt),
            ["k8sPhase"] = w.Phase,
            ["k8sPhaseUpdatedAt"] = RunAiStore.Time(w.PhaseUpdatedAt),
            ["conditions"] = new JsonArray(new JsonObject { ["type"] = w.Phase, ["status"] = "True", ["lastTransitionTime"] = RunAiStore.Time(w.PhaseUpdatedAt) }),
            ["runningPods"] = running,
            ["category"] = w.Type switch { "Inference" => "Deploy", "Workspace" => "Build", _ => "Train" },
            ["allocatedResources"] = new JsonObject { ["gpu"] = running > 0 ? w.Gpu : 0.0 },
            ["actionsSupport"] = new JsonObject { ["delete"] = true, ["suspend"] = suspendable },
            ["images"] = new JsonArray(w.Image),
        };
    }

    public static JsonObject Pod(RunAiWorkloadRecord w, (Guid Id, string Name, string Phase, string? Node) pod) => new()
    {
        ["id"] = pod.Id.ToString(),
        ["name"] = pod.Name,
        ["workloadId"] = w.Id.ToString(),
        ["workloadName"] = w.Name,
        ["projectId"] = w.Scope.ProjectId,
        ["projectName"] = w.Scope.ProjectName,
        ["clusterId"] = w.Scope.ClusterId.ToString(),
        ["priorityClassName"] = w.Type == "Training" ? "train" : "build",
        ["nodeName"] = pod.Node,
        ["currentNodePool"] = "default",
        ["createdAt"] = RunAiStore.Time(w.CreatedAt.AddSeconds(1)),
        ["completedAt"] = pod.Phase is "Succeeded" or "Failed" ? RunAiStore.Time(w.PhaseUpdatedAt) : null,
        ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = w.Image }),
        ["allocatedResources"] = new JsonObject { ["gpu"] = pod.Phase == "Running" ? w.Gpu / w.Pods : 0.0 },
        ["k8sPhase"] = pod.Phase,
        ["ip"] = pod.Node is null ? null : "10.128.0." + ((pod.Id.ToByteArray()[0] % 250) + 2),
        ["tenantId"] = RunAiStore.TenantId,
        ["k8sPhaseUpdatedAt"] = RunAiStore.Time(w.PhaseUpdatedAt),
        ["updatedAt"] = RunAiStore.Time(w.PhaseUpdatedAt),
    };

    public static JsonObject Event(RunAiWorkloadRecord w, RunAiEventRecord e) => new()
    {
        ["id"] = e.Id.ToString(),
        ["createdAt"] = RunAiStore.Time(e.CreatedAt),
        ["type"] = e.Type,
        ["clusterId"] = w.Scope.ClusterId.ToString(),
        ["message"] = e.Message,
        ["reason"] = e.Reason,
        ["source"] = e.Source,
        ["involvedObject"] = new JsonObject
        {
            ["uid"] = w.Id.ToString(),
            ["kind"] = e.Kind,
            ["name"] = e.ObjectName,
            ["namespace"] = "runai-" + w.Scope.ProjectName,
        },
    };
}
