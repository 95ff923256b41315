using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// One emulated host: the wire JSON (a sample host with its own id, names and state) plus the time a discovering
/// host finishes sending its inventory and becomes known.
/// </summary>
public sealed class SandboxHost
{
    private static readonly Lazy<JsonArray> Samples = new(() => JsonNode.Parse(AssistedSampleHosts.Json)!.AsArray());

    private SandboxHost(string id, JsonObject json)
    {
        Id = id;
        Json = json;
    }

    public string Id { get; }

    /// <summary>The host as GET /v2/infra-envs/{id}/hosts/{host_id} returns it.</summary>
    public JsonObject Json { get; }

    /// <summary>When a discovering host becomes known; null once it has.</summary>
    public DateTimeOffset? KnownAt { get; set; }

    /// <summary>The status a discovering host settles in (known, or insufficient for an undersized host).</summary>
    public string SettlesAs { get; set; } = "known";

    public string InfraEnvId => Json["infra_env_id"]!.GetValue<string>();

    public string? ClusterId => Json["cluster_id"]?.GetValue<string>();

    public string Status => Json["status"]?.GetValue<string>() ?? string.Empty;

    public string Role => Json["role"]?.GetValue<string>() ?? "auto-assign";

    public string SuggestedRole => Json["suggested_role"]?.GetValue<string>() ?? "auto-assign";

    public string Hostname => Json["requested_hostname"]?.GetValue<string>() ?? string.Empty;

    /// <summary>Counts as a control-plane node: role master, or auto-assign with master suggested.</summary>
    public bool IsControlPlane => Role == "master" || (Role == "auto-assign" && SuggestedRole == "master");

    /// <summary>A host built on sample host <paramref name="sample"/> (0 to 2) with its own id, infra-env, cluster, name and role.</summary>
    public static SandboxHost Create(int sample, string id, string infraEnvId, string? clusterId, string hostname, string role, string suggestedRole, DateTimeOffset created)
    {
        var json = (JsonObject)Samples.Value[sample % Samples.Value.Count]!.DeepClone();
        var host = new SandboxHost(id, json);
        json["id"] = id;
        json["href"] = $"/api/assisted-install/v2/infra-envs/{infraEnvId}/hosts/{id}";
        json["infra_env_id"] = infraEnvId;
        if (clusterId is null)
        {
            json.Remove("cluster_id");
        }
        else
        {
            json["cluster_id"] = clusterId;
        }

        json["requested_hostname"] = hostname;
        json["role"] = role;
        json["suggested_role"] = suggestedRole;
        json["created_at"] = AssistedStore.Time(created);
        json["registered_at"] = AssistedStore.Time(created);
        json["checked_in_at"] = AssistedStore.Time(created);
        json["bootstrap"] = false;
        host.EditInventory(inventory => inventory["hostname"] = hostname);
        return host;
    }

    /// <summary>Changes the JSON-in-string inventory the way the agent would report it.</summary>
    public void EditInventory(Action<JsonObject> edit)
    {
        var inventory = JsonNode.Parse(Json["inventory"]!.GetValue<string>())!.AsObject();
        edit(inventory);
        Json["inventory"] = inventory.ToJsonString(Relaxed);
    }

    /// <summary>Sets one check of the JSON-in-string validations_info.</summary>
    public void SetValidation(string id, string status, string message)
    {
        var groups = JsonNode.Parse(Json["validations_info"]!.GetValue<string>())!.AsObject();
        foreach (var item in groups.Select(g => g.Value!.AsArray()).SelectMany(a => a).Where(v => v!["id"]!.GetValue<string>() == id))
        {
            item!["status"] = status;
            item["message"] = message;
        }

        Json["validations_info"] = groups.ToJsonString(Relaxed);
    }

    public void SetStatus(string status, DateTimeOffset at, string? info = null)
    {
        Json["status"] = status;
        Json["status_info"] = info ?? InfoFor(status);
        Json["status_updated_at"] = AssistedStore.Time(at);
        Json["updated_at"] = AssistedStore.Time(at);
        var stage = status switch
        {
            "installing-in-progress" => "Writing image to disk",
            "installed" => "Done",
            "error" => "Writing image to disk",
            _ => null,
        };
        var progress = new JsonObject
        {
            ["stage_started_at"] = stage is null ? "0001-01-01T00:00:00.000Z" : AssistedStore.Time(at),
            ["stage_updated_at"] = stage is null ? "0001-01-01T00:00:00.000Z" : AssistedStore.Time(at),
        };
        if (stage is not null)
        {
            progress["current_stage"] = stage;
            progress["installation_percentage"] = status == "installed" ? 100 : 40;
        }

        Json["progress"] = progress;
    }

    /// <summary>The status_info the service writes for a host status.</summary>
    public static string InfoFor(string status) => status switch
    {
        "discovering" => "Waiting for host to send hardware details",
        "known" => "Host is ready to be installed",
        "insufficient" => "Host cannot be installed due to following failing validation(s): Require at least 16.00 GiB RAM for role master, found only 8.00 GiB",
        "preparing-for-installation" => "Host is preparing for installation",
        "installing-in-progress" => "Host is installing",
        "installed" => "Done",
        "error" => "Host failed to install because its installation stage Writing image to disk took longer than expected 1h0m0s",
        "cancelled" => "Installation was cancelled by user",
        _ => status,
    };

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>One emulated infra-env: the wire JSON of the sample infra_env.json with its own id, name, cluster and image type.</summary>
public sealed class SandboxInfraEnv
{
    /// <summary>docs/user-guide/samples/infra_env.json, copied unchanged.</summary>
    public const string SampleJson = """
        {
          "cluster_id": "948b8ba9-798f-4310-bb08-67a6b56ebdcc",
          "cpu_architecture": "x86_64",
          "created_at": "2021-12-16T14:56:30.805445Z",
          "download_url": "http://<HOST>:<PORT>/images/4f630ba3-0297-4d99-a7c7-f62e7bca1332?arch=x86_64&type=full-iso&version=4.8",
          "email_domain": "Unknown",
          "expires_at": "0001-01-01T00:00:00.000Z",
          "href": "/api/assisted-install/v2/infra-envs/4f630ba3-0297-4d99-a7c7-f62e7bca1332",
          "id": "4f630ba3-0297-4d99-a7c7-f62e7bca1332",
          "kind": "InfraEnv",
          "name": "testcluster_infra-env",
          "openshift_version": "4.8",
          "proxy": {
            "http_proxy": "",
            "https_proxy": "",
            "no_proxy": ""
          },
          "pull_secret_set": true,
          "ssh_authorized_key": "<public ssh key here>",
          "type": "full-iso",
          "updated_at": "2021-12-16T17:51:40.180877Z",
          "user_name": "admin"
        }
        """;

    private SandboxInfraEnv(string id, JsonObject json)
    {
        Id = id;
        Json = json;
    }

    public string Id { get; }

    public JsonObject Json { get; }

    public string Name => Json["name"]?.GetValue<string>() ?? string.Empty;

    public string? ClusterId => Json["cluster_id"]?.GetValue<string>();

    /// <summary>full-iso or minimal-iso.</summary>
    public string ImageType => Json["type"]?.GetValue<string>() ?? "minimal-iso";

    public string CpuArchitecture => Json["cpu_architecture"]?.GetValue<string>() ?? "x86_64";

    public string OpenshiftVersion => Json["openshift_version"]?.GetValue<string>() ?? string.Empty;

    /// <summary>Bumped by POST …/regenerate-signing-key: links signed with an older key stop working.</summary>
    public int SigningKeyGeneration { get; set; }

    /// <summary>The sample infra-env as it is (bound to the sample cluster).</summary>
    public static SandboxInfraEnv FromSample(DateTimeOffset created)
    {
        var json = JsonNode.Parse(SampleJson)!.AsObject();
        json["created_at"] = AssistedStore.Time(created);
        json["updated_at"] = AssistedStore.Time(created);
        return new SandboxInfraEnv(json["id"]!.GetValue<string>(), json);
    }

    public static SandboxInfraEnv Create(string id, string name, string? clusterId, string version, string arch, string imageType, DateTimeOffset created)
    {
        var json = JsonNode.Parse(SampleJson)!.AsObject();
        json["id"] = id;
        json["href"] = "/api/assisted-install/v2/infra-envs/" + id;
        json["name"] = name;
        if (clusterId is null)
        {
            json.Remove("cluster_id");
        }
        else
        {
            json["cluster_id"] = clusterId;
        }

        json["openshift_version"] = version;
        json["cpu_architecture"] = arch;
        json["type"] = imageType;
        json["ssh_authorized_key"] = string.Empty;
        json["created_at"] = AssistedStore.Time(created);
        json["updated_at"] = AssistedStore.Time(created);
        return new SandboxInfraEnv(id, json);
    }
}
