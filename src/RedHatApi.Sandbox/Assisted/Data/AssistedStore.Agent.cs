using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// What a host's discovery agent does with the service (agent auth only): it registers (POST …/hosts, 201 with the
/// next-step runner command), asks for its next steps (GET …/instructions, which also counts as a check-in) and reports
/// its install stage (PUT …/progress). A registered host reports its inventory one install step later, like a booted one.
/// </summary>
public sealed partial class AssistedStore
{
    /// <summary>Cluster statuses in which new agents may join (the spec's 409 "cannot accept new agents" otherwise).</summary>
    private static readonly string[] RegistrationStatuses = { "insufficient", "ready", "pending-for-input", "adding-hosts" };

    /// <summary>POST /v2/infra-envs/{id}/hosts: 201 with the host and next_step_runner_command; a known id answers that host.</summary>
    public AssistedOutcome RegisterHost(string infraEnvId, string hostId, string? agentVersion)
    {
        lock (_gate)
        {
            RefreshAll();
            if (FindInfraEnv(infraEnvId) is not { } env)
            {
                return MissingInfraEnv(infraEnvId);
            }

            var cluster = env.ClusterId is { } clusterId ? Find(clusterId) : null;
            if (cluster is not null && !RegistrationStatuses.Contains(cluster.Status))
            {
                return Conflict($"Cannot add hosts to cluster {cluster.Id} in {cluster.Status} state; hosts can register only in one of [{string.Join(" ", RegistrationStatuses)}]");
            }

            var now = DateTimeOffset.UtcNow;
            var host = _hosts.Find(h => h.InfraEnvId == env.Id && string.Equals(h.Id, hostId, StringComparison.OrdinalIgnoreCase));
            if (host is null)
            {
                var sample = _hosts.Count(h => h.InfraEnvId == env.Id);
                host = SandboxHost.Create(sample, hostId.ToLowerInvariant(), env.Id, cluster?.Id, "host-" + hostId[..8].ToLowerInvariant(), "auto-assign", sample < 3 ? "master" : "worker", now);
                host.SetStatus("discovering", now);
                host.KnownAt = now.AddMilliseconds(_options.StepMilliseconds);
                _hosts.Add(host);
                if (cluster is not null)
                {
                    AddEvent(cluster, now, "host_registration_succeeded", "info", $"Host {host.Hostname}: Successfully registered", host.Id);
                    SettleHosts(cluster, now);
                }
            }

            if (agentVersion is not null)
            {
                host.Json["discovery_agent_version"] = agentVersion;
            }

            host.Json["checked_in_at"] = Time(now);
            var answer = (JsonObject)host.Json.DeepClone();
            answer["next_step_runner_command"] = new JsonObject
            {
                ["command"] = "",
                ["args"] = new JsonArray("--infra-env-id", env.Id, "--host-id", host.Id, "--agent-version", agentVersion ?? "registry.redhat.io/rhai-tech-preview/assisted-installer-agent-rhel8:latest"),
                ["retry_seconds"] = 0,
            };
            return new AssistedOutcome(201, answer);
        }
    }

    /// <summary>GET /v2/infra-envs/{id}/hosts/{host_id}/instructions: the steps for the host's status; also its check-in.</summary>
    public AssistedOutcome NextSteps(string infraEnvId, string hostId)
    {
        lock (_gate)
        {
            RefreshAll();
            if (FindHost(infraEnvId, hostId, out var host) is { } missing)
            {
                return missing;
            }

            if (ClusterOf(host!) is { } cluster)
            {
                SettleHosts(cluster, DateTimeOffset.UtcNow);
            }

            host!.Json["checked_in_at"] = Time(DateTimeOffset.UtcNow);
            var (types, action) = host.Status switch
            {
                "discovering" => (new[] { "inventory", "free-network-addresses" }, "continue"),
                "known" or "insufficient" or "pending-for-input" => (new[] { "inventory", "connectivity-check", "ntp-synchronizer", "domain-resolution" }, "continue"),
                "preparing-for-installation" => (new[] { "installation-disk-speed-check", "container-image-availability" }, "continue"),
                "installing" => (new[] { "install" }, "continue"),
                "installed" or "cancelled" or "error" => (Array.Empty<string>(), "exit"),
                _ => (Array.Empty<string>(), "continue"),
            };
            var steps = new JsonArray(types.Select(t => (JsonNode)new JsonObject
            {
                ["step_type"] = t,
                ["step_id"] = t + "-" + ShortHash(host.Id + "/" + t),
                ["args"] = new JsonArray(new JsonObject { ["host_id"] = host.Id, ["infra_env_id"] = host.InfraEnvId }.ToJsonString()),
            }).ToArray());
            return new AssistedOutcome(200, new JsonObject
            {
                ["next_instruction_seconds"] = 60,
                ["post_step_action"] = action,
                ["instructions"] = steps,
            });
        }
    }

    /// <summary>PUT /v2/infra-envs/{id}/hosts/{host_id}/progress: records the stage (200, no body).</summary>
    public AssistedOutcome UpdateHostProgress(string infraEnvId, string hostId, string stage, string? info)
    {
        lock (_gate)
        {
            RefreshAll();
            if (FindHost(infraEnvId, hostId, out var host) is { } missing)
            {
                return missing;
            }

            var now = Time(DateTimeOffset.UtcNow);
            var progress = host!.Json["progress"] as JsonObject ?? new JsonObject();
            if (progress["current_stage"]?.GetValue<string>() != stage)
            {
                progress["stage_started_at"] = now;
            }

            progress["current_stage"] = stage;
            progress["stage_updated_at"] = now;
            if (info is null)
            {
                progress.Remove("progress_info");
            }
            else
            {
                progress["progress_info"] = info;
            }

            host.Json["progress"] = progress;
            host.Json["updated_at"] = now;
            return new AssistedOutcome(200);
        }
    }

    private static string ShortHash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8].ToLowerInvariant();
}
