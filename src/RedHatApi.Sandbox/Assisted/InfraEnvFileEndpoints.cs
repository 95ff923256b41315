using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Assisted.Data;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// An infra-env's files and signing key: GET …/downloads/files?file_name=discovery.ign|ipxe-script|static-network-config,
/// GET …/downloads/files-presigned (a link on the image service host, signed like the ISO's), GET
/// …/downloads/minimal-initrd, POST …/regenerate-signing-key (204: links signed before stop working), and a bound
/// host's ignition at GET /v2/infra-env/{id}/hosts/{host_id}/downloads/ignition (the spec's singular infra-env).
/// </summary>
public static class InfraEnvFileEndpoints
{
    /// <summary>The image service path that serves pre-signed infra-env files.</summary>
    public const string FilesPrefix = "/api/assisted-images/files";

    private static readonly string[] FileNames = { "discovery.ign", "ipxe-script", "static-network-config" };

    private static readonly string[] PresignedFileNames = { "discovery.ign", "ipxe-script" };

    private static readonly string[] IpxeScriptTypes = { "discovery-image-always", "boot-order-control" };

    private static readonly string[] ImageTypes = { "full-iso", "minimal-iso", "disconnected-iso" };

    private static readonly string[] KernelOperations = { "append", "replace", "delete" };

    public static void Map(RouteGroupBuilder group, IEndpointRouteBuilder app, AssistedFamily state)
    {
        var store = state.Assisted;

        group.MapPost("/infra-envs/{infra_env_id}/regenerate-signing-key", (string infra_env_id) =>
        {
            if (!ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid))
            {
                return invalid!;
            }

            lock (store.Gate)
            {
                if (store.InfraEnvs.FindLocked(infra_env_id) is not { } env)
                {
                    return From(AssistedOutcome.MissingInfraEnv(infra_env_id));
                }

                env.SigningKeyGeneration++;
                return Results.NoContent();
            }
        });

        group.MapGet("/infra-envs/{infra_env_id}/downloads/files", (string infra_env_id, string? file_name, string? mac, string? ipxe_script_type, string? discovery_iso_type) =>
        {
            if (!ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid))
            {
                return invalid!;
            }

            return Query("file_name", file_name, FileNames, required: true) ?? Query("ipxe_script_type", ipxe_script_type, IpxeScriptTypes)
                ?? Query("discovery_iso_type", discovery_iso_type, ImageTypes)
                ?? (store.InfraEnvs.Find(infra_env_id) is { } env ? File(state, env, file_name!, mac, ipxe_script_type) : From(AssistedOutcome.MissingInfraEnv(infra_env_id)));
        });

        group.MapGet("/infra-envs/{infra_env_id}/downloads/files-presigned", (string infra_env_id, string? file_name, string? ipxe_script_type) =>
        {
            if (!ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid))
            {
                return invalid!;
            }

            if ((Query("file_name", file_name, PresignedFileNames, required: true) ?? Query("ipxe_script_type", ipxe_script_type, IpxeScriptTypes)) is { } bad)
            {
                return bad;
            }

            if (store.InfraEnvs.Find(infra_env_id) is not { } env)
            {
                return From(AssistedOutcome.MissingInfraEnv(infra_env_id));
            }

            var expires = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.Add(ImageServiceEndpoints.LinkLifetime).ToUnixTimeSeconds());
            var token = ImageServiceEndpoints.Token(state, env.Id, expires.ToUnixTimeSeconds());
            var url = $"http://localhost:{state.BaseUri.Port}{FilesPrefix}/{env.Id}?file_name={file_name}"
                + (ipxe_script_type is null ? string.Empty : "&ipxe_script_type=" + ipxe_script_type) + "&image_token=" + token;
            return Json(new JsonObject { ["url"] = url, ["expires_at"] = AssistedStore.Time(expires) });
        });

        group.MapGet("/infra-envs/{infra_env_id}/downloads/minimal-initrd", (string infra_env_id) =>
        {
            if (!ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid))
            {
                return invalid!;
            }

            if (store.InfraEnvs.Find(infra_env_id) is not { } env)
            {
                return From(AssistedOutcome.MissingInfraEnv(infra_env_id));
            }

            return env.ImageType != "minimal-iso"
                ? HandlerError(409, $"Infra-env {env.Id} is in {env.ImageType} state: the minimal initrd exists only for minimal-iso images")
                : Results.Bytes(Bytes($"initrd/{state.Seed}/{env.Id}", 8192), "application/octet-stream");
        });

        group.MapGet("/infra-env/{infra_env_id}/hosts/{host_id}/downloads/ignition", (string infra_env_id, string host_id) =>
        {
            if (!ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var badEnv) || !ClusterEndpoints.IsUuid(host_id, "host_id", out _))
            {
                return badEnv ?? Validation(InvalidTypeCode, "host_id in path must be of type uuid");
            }

            var outcome = store.Hosts.GetIgnition(infra_env_id, host_id);
            if (!outcome.Ok)
            {
                return From(outcome);
            }

            // The pointer ignition a bound host boots with, merged with its override.
            var host = store.Hosts.Get(infra_env_id, host_id).Body!;
            var pointer = new JsonObject
            {
                ["ignition"] = new JsonObject
                {
                    ["version"] = "3.2.0",
                    ["config"] = new JsonObject { ["merge"] = new JsonArray(new JsonObject { ["source"] = $"https://api-int.cluster.example.com:22623/config/{host["role"]?.GetValue<string>() ?? "worker"}" }) },
                },
            };
            var overrides = outcome.Body!["config"]!.GetValue<string>();
            if (overrides.Length > 0 && JsonNode.Parse(overrides) is JsonObject extra)
            {
                foreach (var (name, value) in extra.Where(p => p.Key != "ignition").ToList())
                {
                    pointer[name] = value?.DeepClone();
                }
            }

            return Results.Bytes(Encoding.UTF8.GetBytes(pointer.ToJsonString()), "application/octet-stream");
        });

        // The pre-signed links: the image service host, the link's image_token as the only credential.
        app.MapGet(FilesPrefix + "/{infra_env_id}", (HttpContext http, string infra_env_id, string? file_name, string? ipxe_script_type, string? image_token) =>
        {
            if (!string.Equals(http.Request.Host.Host, "localhost", StringComparison.OrdinalIgnoreCase) || store.InfraEnvs.Find(infra_env_id) is not { } env)
            {
                return Results.Text("404 page not found", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
            }

            if (!ImageServiceEndpoints.Valid(state, image_token, env.Id))
            {
                return Results.Text("Unauthorized: invalid or expired image_token", "text/plain", Encoding.UTF8, StatusCodes.Status401Unauthorized);
            }

            return Query("file_name", file_name, PresignedFileNames, required: true) ?? File(state, env, file_name!, null, ipxe_script_type);
        });
    }

    /// <summary>
    /// The checks infra-env-update-params gets beyond its enums: kernel argument operations, static network entries
    /// with YAML and a MAC map, an ignition override that parses and names its version. Null when the body is valid.
    /// </summary>
    public static IResult? CheckUpdate(JsonObject body)
    {
        if (body["kernel_arguments"] is JsonArray kernel
            && kernel.Any(a => a is not JsonObject arg || arg["operation"] is not JsonValue op || !KernelOperations.Contains(op.ToString()) || arg["value"] is not JsonValue))
        {
            return Validation(EnumFailCode, $"kernel_arguments.operation in body should be one of [{string.Join(" ", KernelOperations)}] and value is required");
        }

        if (body["static_network_config"] is JsonArray network
            && network.Any(n => n is not JsonObject entry || entry["network_yaml"] is not JsonValue || entry["mac_interface_map"] is not JsonArray { Count: > 0 }))
        {
            return HandlerError(400, "static network config: every host needs network_yaml and a non-empty mac_interface_map");
        }

        if (body["ignition_config_override"] is JsonValue ignition && HostActionEndpoints.IgnitionProblem(ignition.GetValue<string>()) is { } problem)
        {
            return HandlerError(400, problem);
        }

        return null;
    }

    private static IResult File(AssistedFamily state, SandboxInfraEnv env, string fileName, string? mac, string? ipxeScriptType)
    {
        switch (fileName)
        {
            case "discovery.ign":
                var ignition = new JsonObject
                {
                    ["ignition"] = new JsonObject { ["version"] = "3.1.0" },
                    ["passwd"] = new JsonObject
                    {
                        ["users"] = new JsonArray(new JsonObject
                        {
                            ["name"] = "core",
                            ["sshAuthorizedKeys"] = new JsonArray(env.Json["ssh_authorized_key"]?.GetValue<string>() ?? string.Empty),
                        }),
                    },
                    ["systemd"] = new JsonObject { ["units"] = new JsonArray(new JsonObject { ["name"] = "agent.service", ["enabled"] = true }) },
                };
                return Results.Bytes(Encoding.UTF8.GetBytes(ignition.ToJsonString()), "application/octet-stream");

            case "ipxe-script":
                var base64 = $"http://localhost:{state.BaseUri.Port}/api/assisted-images/boot-artifacts";
                var kargs = string.Join(" ", KernelArguments(env));
                var script = new StringBuilder("#!ipxe\n");
                if (ipxeScriptType == "boot-order-control")
                {
                    script.Append("# boot-order-control: hosts that finished installing boot from disk").Append(mac is null ? string.Empty : " (" + mac + ")").Append('\n');
                }

                script.Append($"initrd --name initrd {base64}/initrd?arch={env.CpuArchitecture}&version={env.OpenshiftVersion}\n")
                    .Append($"kernel {base64}/kernel?arch={env.CpuArchitecture}&version={env.OpenshiftVersion} initrd=initrd coreos.live.rootfs_url={base64}/rootfs?arch={env.CpuArchitecture}&version={env.OpenshiftVersion} random.trust_cpu=on ignition.firstboot ignition.platform.id=metal console=tty1{(kargs.Length == 0 ? string.Empty : " " + kargs)}\n")
                    .Append("boot\n");
                return Results.Bytes(Encoding.UTF8.GetBytes(script.ToString()), "application/octet-stream");

            default:
                var network = env.Json["static_network_config"]?.GetValue<string>();
                return string.IsNullOrEmpty(network)
                    ? HandlerError(409, $"Infra-env {env.Id} has no static network config; set static_network_config first")
                    : Results.Bytes(Encoding.UTF8.GetBytes(network), "application/octet-stream");
        }
    }

    /// <summary>The appended kernel arguments of the infra-env (kernel_arguments is JSON inside a string).</summary>
    private static string[] KernelArguments(SandboxInfraEnv env) =>
        env.Json["kernel_arguments"]?.GetValue<string>() is { Length: > 0 } json
            ? JsonNode.Parse(json)!.AsArray().OfType<JsonObject>().Where(a => a["operation"]?.GetValue<string>() == "append").Select(a => a["value"]!.GetValue<string>()).ToArray()
            : Array.Empty<string>();

    /// <summary>go-openapi's 400 for a query value outside its enum, or a missing required one; null when fine.</summary>
    private static IResult? Query(string name, string? value, string[] allowed, bool required = false) =>
        value is null
            ? required ? Validation(RequiredFailCode, name + " in query is required") : null
            : allowed.Contains(value) ? null : Validation(EnumFailCode, $"{name} in query should be one of [{string.Join(" ", allowed)}]");

    /// <summary>Deterministic bytes standing for a binary artifact.</summary>
    private static byte[] Bytes(string seed, int length)
    {
        var bytes = new byte[length];
        var state = BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
        for (var i = 0; i < length; i++)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            bytes[i] = (byte)(state >> 56);
        }

        return bytes;
    }
}
