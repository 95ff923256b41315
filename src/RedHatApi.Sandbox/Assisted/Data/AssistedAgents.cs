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
public sealed class AssistedAgents
{
    /// <summary>Cluster statuses in which new agents may join (the spec's 409 "cannot accept new agents" otherwise).</summary>
    private static readonly string[] RegistrationStatuses = { "insufficient", "ready", "pending-for-input", "adding-hosts" };

    private readonly AssistedStore _store;

    internal AssistedAgents(AssistedStore store) => _store = store;

    /// <summary>POST /v2/infra-envs/{id}/hosts: 201 with the host and next_step_runner_command; a known id answers that host.</summary>
    public AssistedOutcome Register(string infraEnvId, string hostId, string? agentVersion)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            if (_store.InfraEnvs.FindLocked(infraEnvId) is not { } env)
            {
                return AssistedOutcome.MissingInfraEnv(infraEnvId);
            }

            var cluster = env.ClusterId is { } clusterId ? _store.Clusters.Find(clusterId) : null;
            if (cluster is not null && !RegistrationStatuses.Contains(cluster.Status))
            {
                return AssistedOutcome.Conflict($"Cannot add hosts to cluster {cluster.Id} in {cluster.Status} state; hosts can register only in one of [{string.Join(" ", RegistrationStatuses)}]");
            }

            var now = DateTimeOffset.UtcNow;
            var host = _store.Hosts.Lookup(env.Id, hostId);
            if (host is null)
            {
                var sample = _store.Hosts.CountIn(env.Id);
                host = SandboxHost.Create(sample, hostId.ToLowerInvariant(), env.Id, cluster?.Id, "host-" + hostId[..8].ToLowerInvariant(), "auto-assign", sample < 3 ? "master" : "worker", now);
                host.SetStatus("discovering", now);
                host.KnownAt = now.AddMilliseconds(_store.Options.StepMilliseconds);
                _store.Hosts.Add(host);
                if (cluster is not null)
                {
                    _store.Events.Add(cluster, now, "host_registration_succeeded", "info", $"Host {host.Hostname}: Successfully registered", host.Id);
                    _store.Hosts.Settle(cluster, now);
                }
            }

            if (agentVersion is not null)
            {
                host.Json["discovery_agent_version"] = agentVersion;
            }

            host.Json["checked_in_at"] = AssistedStore.Time(now);
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
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            if (_store.Hosts.FindIn(infraEnvId, hostId, out var host) is { } missing)
            {
                return missing;
            }

            if (_store.Clusters.Of(host!) is { } cluster)
            {
                _store.Hosts.Settle(cluster, DateTimeOffset.UtcNow);
            }

            host!.Json["checked_in_at"] = AssistedStore.Time(DateTimeOffset.UtcNow);
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
    public AssistedOutcome UpdateProgress(string infraEnvId, string hostId, string stage, string? info)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            if (_store.Hosts.FindIn(infraEnvId, hostId, out var host) is { } missing)
            {
                return missing;
            }

            var now = AssistedStore.Time(DateTimeOffset.UtcNow);
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
