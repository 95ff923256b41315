using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>A status change that becomes true at a given time, with the event the service writes for it.</summary>
public sealed record AssistedMilestone(
    DateTimeOffset At, string Status, string StatusInfo, string EventName, string Severity, string Message);

/// <summary>One emulated cluster: its wire JSON plus what the state machine needs to advance it.</summary>
public sealed class SandboxCluster
{
    private SandboxCluster(string id, JsonObject json)
    {
        Id = id;
        Json = json;
    }

    public string Id { get; }

    /// <summary>The cluster as GET /v2/clusters/{id} returns it.</summary>
    public JsonObject Json { get; }

    /// <summary>Status changes still to come, earliest first.</summary>
    public List<AssistedMilestone> Pending { get; } = new();

    /// <summary>Start and stage length of the running installation, for its progress.</summary>
    public DateTimeOffset? InstallStart { get; set; }

    public double StepMilliseconds { get; set; }

    public string Status => Json["status"]?.GetValue<string>() ?? string.Empty;

    public string Name => Json["name"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The sample payload as it is (status pending-for-input).</summary>
    public static SandboxCluster FromSample(string id, DateTimeOffset created)
    {
        var json = JsonNode.Parse(AssistedSamples.ClusterJson)!.AsObject();
        json["created_at"] = AssistedStore.Time(created);
        json["updated_at"] = AssistedStore.Time(created.AddMinutes(1));
        json["status_updated_at"] = AssistedStore.Time(created.AddMinutes(1));
        json["total_host_count"] = AssistedSamples.SampleHosts.Length;
        json["ready_host_count"] = 0;
        json["enabled_host_count"] = AssistedSamples.SampleHosts.Length;
        return new SandboxCluster(id, json);
    }

    /// <summary>A cluster built on the sample payload with its own id, name, version and status.</summary>
    public static SandboxCluster Create(string id, string name, string version, string? baseDomain, DateTimeOffset created, int hosts, string status)
    {
        var json = JsonNode.Parse(AssistedSamples.ClusterJson)!.AsObject();
        var cluster = new SandboxCluster(id, json);
        json["id"] = id;
        json["href"] = "/api/assisted-install/v2/clusters/" + id;
        json["name"] = name;
        json["openshift_version"] = version;
        json["ocp_release_image"] = $"quay.io/openshift-release-dev/ocp-release:{version}-x86_64";
        json["base_dns_domain"] = baseDomain;
        json["created_at"] = AssistedStore.Time(created);
        json["updated_at"] = AssistedStore.Time(created);
        json["install_started_at"] = "2000-01-01T00:00:00.000Z";
        json["install_completed_at"] = "2000-01-01T00:00:00.000Z";
        json["control_plane_count"] = hosts;
        json["high_availability_mode"] = hosts == 1 ? "None" : "Full";
        json["total_host_count"] = hosts;
        json["enabled_host_count"] = hosts;
        json["progress"] = new JsonObject();
        foreach (var list in new[] { "cluster_networks", "service_networks", "monitored_operators" })
        {
            foreach (var item in json[list]!.AsArray())
            {
                item!["cluster_id"] = id;
            }
        }

        cluster.SetStatus(status, InfoFor(status), created);
        return cluster;
    }

    /// <summary>The status_info the service writes for a status the sandbox enters without a milestone.</summary>
    public static string InfoFor(string status) => status switch
    {
        "ready" => "Cluster ready to be installed",
        "insufficient" => "Cluster is not ready for install",
        "installed" => "Cluster is installed",
        "pending-for-input" => "User input required",
        _ => status,
    };

    public void SetStatus(string status, string info, DateTimeOffset at)
    {
        Json["status"] = status;
        Json["status_info"] = info;
        Json["status_updated_at"] = AssistedStore.Time(at);
        Json["updated_at"] = AssistedStore.Time(at);
        var ready = status is "ready" or "preparing-for-installation" or "installing" or "finalizing" or "installed";
        Json["ready_host_count"] = ready ? Json["total_host_count"]?.GetValue<int>() ?? 0 : 0;
        Json["validations_info"] = Validations(ready);
    }

    public void SetProgress(int total, int preparing, int installing, int finalizing, string? stage)
    {
        var progress = new JsonObject
        {
            ["total_percentage"] = total,
            ["preparing_for_installation_stage_percentage"] = preparing,
            ["installing_stage_percentage"] = installing,
            ["finalizing_stage_percentage"] = finalizing,
        };
        if (stage is not null)
        {
            progress["finalizing_stage"] = stage;
        }

        Json["progress"] = progress;
    }

    /// <summary>The sample's validations_info (a JSON string), all passing once the cluster is ready.</summary>
    private static string Validations(bool allPass)
    {
        var sample = JsonNode.Parse(AssistedSamples.ClusterJson)!["validations_info"]!.GetValue<string>();
        if (!allPass)
        {
            return sample;
        }

        var groups = JsonNode.Parse(sample)!.AsObject();
        foreach (var item in groups.Select(g => g.Value!.AsArray()).SelectMany(a => a))
        {
            item!["status"] = "success";
        }

        return groups.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
