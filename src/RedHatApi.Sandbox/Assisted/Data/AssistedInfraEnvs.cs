using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>/v2/infra-envs: the discovery images hosts boot from, bound to a cluster or not.</summary>
public sealed class AssistedInfraEnvs
{
    private readonly AssistedStore _store;
    private readonly List<SandboxInfraEnv> _infraEnvs = new();

    internal AssistedInfraEnvs(AssistedStore store) => _store = store;

    /// <summary>GET /v2/infra-envs: every infra-env, oldest first, optionally only those of one cluster.</summary>
    public IReadOnlyList<JsonObject> List(string? clusterId)
    {
        lock (_store.Gate)
        {
            return _infraEnvs
                .Where(e => clusterId is null || string.Equals(e.ClusterId, clusterId, StringComparison.OrdinalIgnoreCase))
                .Select(e => (JsonObject)e.Json.DeepClone())
                .ToList();
        }
    }

    public AssistedOutcome Get(string id)
    {
        lock (_store.Gate)
        {
            return FindLocked(id) is { } env ? new AssistedOutcome(200, env.Json.DeepClone()) : AssistedOutcome.MissingInfraEnv(id);
        }
    }

    /// <summary>
    /// POST /v2/infra-envs (201). The caller has checked the required fields, enums and the pull secret. A cluster_id
    /// must name a cluster; the infra-env then takes the cluster's version and architecture unless given.
    /// </summary>
    public AssistedOutcome Register(JsonObject body)
    {
        lock (_store.Gate)
        {
            var clusterId = body["cluster_id"]?.GetValue<string>();
            SandboxCluster? cluster = null;
            if (clusterId is not null && (cluster = _store.Clusters.Find(clusterId)) is null)
            {
                return AssistedOutcome.MissingCluster(clusterId);
            }

            var version = body["openshift_version"]?.GetValue<string>()
                ?? MinorOf(cluster?.Json["openshift_version"]?.GetValue<string>() ?? "4.17");
            var arch = body["cpu_architecture"]?.GetValue<string>() ?? cluster?.Json["cpu_architecture"]?.GetValue<string>() ?? "x86_64";
            var now = DateTimeOffset.UtcNow;
            var env = SandboxInfraEnv.Create(
                Guid.NewGuid().ToString(), body["name"]!.GetValue<string>(), cluster?.Id, version, arch,
                body["image_type"]?.GetValue<string>() ?? "minimal-iso", now);
            env.Json["ssh_authorized_key"] = body["ssh_authorized_key"]?.GetValue<string>() ?? string.Empty;
            env.Json["pull_secret_set"] = true;
            _infraEnvs.Add(env);
            return new AssistedOutcome(201, env.Json.DeepClone());
        }
    }

    /// <summary>PATCH /v2/infra-envs/{id} (201): image type, SSH key, proxy, NTP, static network, kernel arguments, ignition override.</summary>
    public AssistedOutcome Update(string id, JsonObject body)
    {
        lock (_store.Gate)
        {
            if (FindLocked(id) is not { } env)
            {
                return AssistedOutcome.MissingInfraEnv(id);
            }

            if (body["image_type"] is JsonValue type)
            {
                env.Json["type"] = type.GetValue<string>();
            }

            if (body["ssh_authorized_key"] is JsonValue key)
            {
                env.Json["ssh_authorized_key"] = key.GetValue<string>();
            }

            // The rest of infra-env-update-params, stored the way GET answers them (JSON lists as strings).
            foreach (var field in new[] { "ntp_sources", "additional_ntp_sources", "ignition_config_override" })
            {
                if (body[field] is JsonValue text)
                {
                    env.Json[field] = text.GetValue<string>();
                }
            }

            if (body["proxy"] is JsonObject proxy)
            {
                var current = env.Json["proxy"] as JsonObject ?? new JsonObject();
                foreach (var (name, value) in proxy)
                {
                    current[name] = value?.DeepClone();
                }

                env.Json["proxy"] = current;
            }

            if (body["static_network_config"] is JsonArray network)
            {
                env.Json["static_network_config"] = network.Count == 0 ? string.Empty : network.ToJsonString();
            }

            if (body["kernel_arguments"] is JsonArray kernel)
            {
                env.Json["kernel_arguments"] = kernel.Count == 0 ? null : kernel.ToJsonString();
            }

            env.Json["updated_at"] = AssistedStore.Time(DateTimeOffset.UtcNow);
            return new AssistedOutcome(201, env.Json.DeepClone());
        }
    }

    /// <summary>DELETE /v2/infra-envs/{id}: 204, or 409 while hosts are still registered with it (they must go first).</summary>
    public AssistedOutcome Deregister(string id)
    {
        lock (_store.Gate)
        {
            if (FindLocked(id) is not { } env)
            {
                return AssistedOutcome.MissingInfraEnv(id);
            }

            var hosts = _store.Hosts.CountIn(env.Id);
            if (hosts > 0)
            {
                return AssistedOutcome.Conflict($"failed to deregister infraEnv {env.Id}, {hosts} hosts are still associated");
            }

            _infraEnvs.Remove(env);
            return new AssistedOutcome(204);
        }
    }

    /// <summary>The infra-env an image request names, for the image host; null when unknown.</summary>
    public SandboxInfraEnv? Find(string id)
    {
        lock (_store.Gate)
        {
            return FindLocked(id);
        }
    }

    private static string MinorOf(string version) => string.Join('.', version.Split('.').Take(2));

    /// <summary>An infra-env by id; the caller holds the lock.</summary>
    internal SandboxInfraEnv? FindLocked(string id) =>
        _infraEnvs.Find(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a seeded infra-env; the caller holds the lock.</summary>
    internal void Add(SandboxInfraEnv env) => _infraEnvs.Add(env);

    internal void Clear() => _infraEnvs.Clear();

    /// <summary>An infra-env for a seeded cluster, with the id its host events already name.</summary>
    internal SandboxInfraEnv Seed(SandboxCluster cluster, DateTimeOffset created)
    {
        var env = SandboxInfraEnv.Create(
            _store.IdFor(cluster.Name + "/infra-env"), cluster.Name + "_infra-env", cluster.Id,
            MinorOf(cluster.Json["openshift_version"]!.GetValue<string>()), "x86_64", "minimal-iso", created);
        _infraEnvs.Add(env);
        return env;
    }
}
