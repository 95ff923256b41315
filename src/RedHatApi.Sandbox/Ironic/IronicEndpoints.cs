using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RedHatApi.Sandbox.Ironic;

/// <summary>The routes of the sandbox's Ironic, with Ironic 21.4's answers (API-CONTRACTS §5).</summary>
public static class IronicEndpoints
{
    public const string Prefix = "/ironic";
    public const string VersionHeader = "X-OpenStack-Ironic-API-Version";
    public const string MinVersion = "1.1";
    public const string MaxVersion = "1.82";
    private const string VersionKey = "ironic.version";
    private const int MaxLimit = 1000;
    private static readonly string[] WaitStates = { "clean wait", "deploy wait", "rescue wait", "inspect wait", "service wait" };
    private static readonly string[] BasicNodeFields = { "uuid", "name", "provision_state", "power_state", "maintenance", "instance_uuid" };
    private static readonly string[] PatchMethod = { "PATCH" };
    private static readonly string[] BasicPortFields = { "uuid", "address" };

    public static void Map(WebApplication app, IronicFamily family)
    {
        app.MapGet(Prefix, (HttpContext ctx) => Root(ctx, family));

        var v1 = app.MapGroup(Prefix + "/v1").AddEndpointFilter(async (context, next) =>
            Negotiate(context.HttpContext, family) ?? await next(context));
        v1.MapGet("/", (HttpContext ctx) => Json(ctx, new JsonObject { ["id"] = "v1", ["version"] = VersionDocument(family) }));
        v1.MapGet("/lookup", (HttpContext ctx, string? addresses, string? node_uuid) => Lookup(ctx, family, addresses, node_uuid));
        v1.MapPost("/heartbeat/{ident}", (HttpContext ctx, string ident) => HeartbeatAsync(ctx, family, ident));
        v1.MapGet("/nodes", (HttpContext ctx) => List(ctx, family, "nodes"));
        v1.MapPost("/nodes", (Func<HttpContext, Task<IResult>>)(ctx => CreateNodeAsync(ctx, family)));
        v1.MapGet("/nodes/{ident}", (HttpContext ctx, string ident) =>
            family.Store.Node(ident) is { } node ? Json(ctx, NodeJson(family, node, Fields(ctx, null))) : NodeNotFound(ctx, ident));
        v1.MapMethods("/nodes/{ident}", PatchMethod, (HttpContext ctx, string ident) => PatchNodeAsync(ctx, family, ident));
        v1.MapPut("/nodes/{ident}/states/provision", (HttpContext ctx, string ident) => ProvisionAsync(ctx, family, ident));
        v1.MapGet("/ports", (HttpContext ctx) => List(ctx, family, "ports"));
        v1.MapPost("/ports", (Func<HttpContext, Task<IResult>>)(ctx => CreatePortAsync(ctx, family)));

        app.MapPut("/_sandbox/ironic", async (HttpContext ctx) =>
        {
            var body = await ReadAsync(ctx);
            if (body?["restrictLookup"] is { } restrict)
            {
                family.Options.RestrictLookup = restrict.GetValue<bool>();
            }

            if (body?["httpBasic"] is { } basic)
            {
                family.Options.HttpBasic = basic.GetValue<bool>();
            }

            return Results.NoContent();
        });
        app.MapPost("/_sandbox/ironic/lock", async (HttpContext ctx) =>
        {
            var body = await ReadAsync(ctx);
            var node = family.Store.Node(body?["node"]?.GetValue<string>() ?? string.Empty);
            if (node is null)
            {
                return Results.NotFound();
            }

            node.LockedHeartbeats = body?["count"]?.GetValue<int>() ?? 1;
            return Results.NoContent();
        });
    }

    private static IResult Root(HttpContext ctx, IronicFamily family)
    {
        var version = VersionDocument(family);
        return Json(ctx, new JsonObject
        {
            ["default_version"] = version,
            ["description"] = "Ironic is an OpenStack project which enables the provision and management of baremetal machines.",
            ["name"] = "OpenStack Ironic API",
            ["versions"] = new JsonArray(VersionDocument(family)),
        });
    }

    private static JsonObject VersionDocument(IronicFamily family) => new()
    {
        ["id"] = "v1",
        ["links"] = new JsonArray(new JsonObject { ["href"] = new Uri(family.BaseUri, "v1/").ToString(), ["rel"] = "self" }),
        ["min_version"] = MinVersion,
        ["status"] = "CURRENT",
        ["version"] = MaxVersion,
    };

    // Every /v1 call: the version header (absent is 1.1, "latest" the newest, outside the range 406), and HTTP Basic
    // when it is on, except for the agent endpoints, which Ironic serves without auth.
    private static IResult? Negotiate(HttpContext ctx, IronicFamily family)
    {
        var headers = ctx.Response.Headers;
        headers["X-OpenStack-Ironic-API-Minimum-Version"] = MinVersion;
        headers["X-OpenStack-Ironic-API-Maximum-Version"] = MaxVersion;
        var path = ctx.Request.Path.Value ?? string.Empty;
        var agentRoute = path.StartsWith(Prefix + "/v1/lookup", StringComparison.Ordinal) || path.StartsWith(Prefix + "/v1/heartbeat/", StringComparison.Ordinal);
        if (family.Options.HttpBasic && !agentRoute && !BasicOk(ctx))
        {
            headers["WWW-Authenticate"] = "Basic realm=\"Baremetal API\"";
            return Error(ctx, 401, "Unauthorized");
        }

        var asked = ctx.Request.Headers[VersionHeader].ToString();
        var version = asked.Length == 0 ? (1, 1) : string.Equals(asked, "latest", StringComparison.OrdinalIgnoreCase) ? Parse(MaxVersion) : TryParse(asked);
        if (version is null)
        {
            return Error(ctx, 400, $"Invalid value for {VersionHeader} header: {asked}");
        }

        if (Compare(version.Value, Parse(MinVersion)) < 0 || Compare(version.Value, Parse(MaxVersion)) > 0)
        {
            return Error(ctx, 406, $"Version {asked} was requested but the minor version is not supported by this service. The supported version range is: [{MinVersion}, {MaxVersion}].");
        }

        headers[VersionHeader] = $"{version.Value.Major}.{version.Value.Minor}";
        ctx.Items[VersionKey] = version.Value;
        return null;
    }

    private static bool BasicOk(HttpContext ctx)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])) == IronicFamily.UserName + ":" + IronicFamily.Password;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool AtLeast(HttpContext ctx, int minor) => ctx.Items[VersionKey] is (int major, int m) && (major > 1 || m >= minor);

    private static IResult Lookup(HttpContext ctx, IronicFamily family, string? addresses, string? nodeUuid)
    {
        if (!AtLeast(ctx, 22))
        {
            return Error(ctx, 404, "The resource could not be found.");
        }

        if (string.IsNullOrEmpty(addresses) && string.IsNullOrEmpty(nodeUuid))
        {
            return Error(ctx, 400, "Either 'addresses' or 'node_uuid' must be provided.");
        }

        var node = !string.IsNullOrEmpty(nodeUuid) && Guid.TryParse(nodeUuid, out _)
            ? family.Store.Node(nodeUuid!)
            : family.Store.NodeByMac((addresses ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries));
        if (node is null || (family.Options.RestrictLookup && !node.FastTrack && !WaitStates.Contains(node.ProvisionState)))
        {
            var what = string.IsNullOrEmpty(nodeUuid) ? "addresses " + addresses : "UUID " + nodeUuid;
            return Error(ctx, 404, $"Node with {what} could not be found.");
        }

        var config = new JsonObject
        {
            ["metrics"] = new JsonObject { ["backend"] = "noop", ["prepend_host"] = false, ["prepend_uuid"] = false, ["prepend_host_reverse"] = true, ["global_prefix"] = null },
            ["metrics_statsd"] = new JsonObject { ["statsd_host"] = "localhost", ["statsd_port"] = 8125 },
            ["heartbeat_timeout"] = 300,
            ["agent_token_required"] = true,
        };
        if (AtLeast(ctx, 62))
        {
            // The real token once; every later lookup sees it masked, as Ironic does.
            lock (node)
            {
                if (node.AgentToken is null)
                {
                    node.AgentToken = IronicStore.NewToken();
                    config["agent_token"] = node.AgentToken;
                }
                else
                {
                    config["agent_token"] = "******";
                }
            }
        }

        var links = Links(family, "nodes", node.Uuid);
        return Json(ctx, new JsonObject
        {
            ["node"] = new JsonObject
            {
                ["uuid"] = node.Uuid.ToString(),
                ["properties"] = new JsonObject(),
                ["instance_info"] = new JsonObject(),
                ["driver_internal_info"] = new JsonObject(),
                ["links"] = links,
            },
            ["config"] = config,
        });
    }

    private static async Task<IResult> HeartbeatAsync(HttpContext ctx, IronicFamily family, string ident)
    {
        if (!AtLeast(ctx, 22))
        {
            return Error(ctx, 404, "The resource could not be found.");
        }

        var node = family.Store.Node(ident);
        if (node is null)
        {
            return NodeNotFound(ctx, ident);
        }

        var body = await ReadAsync(ctx) ?? new JsonObject();
        foreach (var (field, minor) in new[] { ("agent_version", 36), ("agent_token", 62), ("agent_verify_ca", 68), ("agent_status", 72) })
        {
            if (body.ContainsKey(field) && !AtLeast(ctx, minor))
            {
                return Error(ctx, 400, $"Field(s) \"{field}\" not recognised");
            }
        }

        var callback = body["callback_url"]?.GetValue<string>();
        if (string.IsNullOrEmpty(callback))
        {
            return Error(ctx, 400, "Missing argument: \"callback_url\"");
        }

        if (!Uri.TryCreate(callback, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Error(ctx, 400, $"Invalid callback_url: {callback}");
        }

        var token = body["agent_token"]?.GetValue<string>();
        lock (node)
        {
            if (node.AgentToken is not null && token is null)
            {
                return Error(ctx, 400, "Agent token is required for heartbeat processing.");
            }

            if (token != node.AgentToken)
            {
                return Error(ctx, 400, "Invalid or missing agent token received.");
            }

            if (node.LockedHeartbeats > 0)
            {
                node.LockedHeartbeats--;
                return Error(ctx, 409, $"Node {node.Uuid} is locked by host sandbox, please retry after the current operation is completed.");
            }

            node.CallbackUrl = callback;
            node.LastHeartbeat = DateTimeOffset.UtcNow;
        }

        return Results.StatusCode(202);
    }

    private static IResult List(HttpContext ctx, IronicFamily family, string collection)
    {
        var query = ctx.Request.Query;
        var limit = MaxLimit;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit <= 0)
            {
                return Error(ctx, 400, "Limit must be positive");
            }

            limit = Math.Min(limit, MaxLimit);
        }

        var fields = Fields(ctx, collection == "nodes" ? BasicNodeFields : BasicPortFields);
        if (query.TryGetValue("detail", out var detail) && string.Equals(detail, "true", StringComparison.OrdinalIgnoreCase))
        {
            fields = null;
        }

        List<(long Id, Guid Uuid, JsonObject Json)> items;
        if (collection == "nodes")
        {
            items = family.Store.Nodes().Where(n => Matches(n, query)).Select(n => (n.Id, n.Uuid, NodeJson(family, n, fields))).ToList();
        }
        else
        {
            var nodeUuid = query["node_uuid"].ToString();
            var nodeName = query["node"].ToString();
            Guid? owner = null;
            if (nodeName.Length > 0)
            {
                var found = family.Store.Node(nodeName);
                if (found is null)
                {
                    return NodeNotFound(ctx, nodeName);
                }

                owner = found.Uuid;
            }
            else if (Guid.TryParse(nodeUuid, out var byUuid))
            {
                owner = byUuid;
            }

            var address = query["address"].ToString().ToLowerInvariant();
            items = family.Store.Ports()
                .Where(p => (owner is null || p.NodeUuid == owner) && (address.Length == 0 || p.Address == address))
                .Select(p => (p.Id, p.Uuid, PortJson(family, p, fields))).ToList();
        }

        var start = 0;
        if (query.TryGetValue("marker", out var marker) && marker.ToString().Length > 0)
        {
            var index = items.FindIndex(i => string.Equals(i.Uuid.ToString(), marker, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return Error(ctx, 400, $"Marker {marker} could not be found.");
            }

            start = index + 1;
        }

        var page = items.Skip(start).Take(limit).ToList();
        var body = new JsonObject { [collection] = new JsonArray(page.Select(i => (JsonNode)i.Json).ToArray()) };
        if (page.Count == limit)
        {
            // As Ironic: a full page always has a next link, even when nothing follows.
            var others = query.Where(q => q.Key is not ("limit" or "marker")).Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value.ToString()));
            var next = new[] { "limit=" + limit }.Concat(others).Append("marker=" + page[^1].Uuid);
            body["next"] = new Uri(family.BaseUri, "v1/" + collection + "?" + string.Join("&", next)).ToString();
        }

        return Json(ctx, body);
    }

    private static bool Matches(IronicNodeRecord node, IQueryCollection query)
    {
        bool Is(string key, string? value) => !query.TryGetValue(key, out var wanted) || string.Equals(wanted, value, StringComparison.Ordinal);
        bool Flag(string key, bool value) => !query.TryGetValue(key, out var wanted) || string.Equals(wanted, value ? "true" : "false", StringComparison.OrdinalIgnoreCase);
        return Is("provision_state", node.ProvisionState) && Is("resource_class", node.ResourceClass) && Is("driver", node.Driver) && Is("owner", node.Owner)
            && Flag("maintenance", node.Maintenance) && Flag("associated", node.InstanceUuid is not null);
    }

    private static string[]? Fields(HttpContext ctx, string[]? basic) =>
        ctx.Request.Query.TryGetValue("fields", out var fields) && fields.ToString().Length > 0
            ? fields.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)
            : basic;

    private static JsonObject NodeJson(IronicFamily family, IronicNodeRecord node, string[]? fields)
    {
        var all = new JsonObject
        {
            ["uuid"] = node.Uuid.ToString(),
            ["name"] = node.Name,
            ["driver"] = node.Driver,
            ["resource_class"] = node.ResourceClass,
            ["provision_state"] = node.ProvisionState,
            ["target_provision_state"] = null,
            ["power_state"] = node.PowerState,
            ["maintenance"] = node.Maintenance,
            ["owner"] = node.Owner,
            ["instance_uuid"] = node.InstanceUuid?.ToString(),
            ["driver_info"] = node.FastTrack ? new JsonObject { ["fast_track"] = "true" } : new JsonObject(),
            ["properties"] = new JsonObject(),
            ["links"] = Links(family, "nodes", node.Uuid),
        };
        return Select(all, fields);
    }

    private static JsonObject PortJson(IronicFamily family, IronicPortRecord port, string[]? fields) => Select(
        new JsonObject
        {
            ["uuid"] = port.Uuid.ToString(),
            ["address"] = port.Address,
            ["node_uuid"] = port.NodeUuid.ToString(),
            ["pxe_enabled"] = port.PxeEnabled,
            ["links"] = Links(family, "ports", port.Uuid),
        },
        fields);

    private static JsonObject Select(JsonObject all, string[]? fields)
    {
        if (fields is null)
        {
            return all;
        }

        var chosen = new JsonObject();
        foreach (var field in fields.Append("links"))
        {
            if (all.TryGetPropertyValue(field, out var value))
            {
                chosen[field] = value?.DeepClone();
            }
        }

        return chosen;
    }

    private static JsonArray Links(IronicFamily family, string collection, Guid uuid) => new(
        new JsonObject { ["href"] = new Uri(family.BaseUri, $"v1/{collection}/{uuid}").ToString(), ["rel"] = "self" },
        new JsonObject { ["href"] = new Uri(family.BaseUri, $"{collection}/{uuid}").ToString(), ["rel"] = "bookmark" });

    private static async Task<IResult> CreateNodeAsync(HttpContext ctx, IronicFamily family)
    {
        var body = await ReadAsync(ctx) ?? new JsonObject();
        var name = body["name"]?.GetValue<string>();
        if (name is not null && family.Store.Node(name) is not null)
        {
            return Error(ctx, 409, $"A node with name {name} already exists.");
        }

        var node = family.Store.AddNode(name, body["driver"]?.GetValue<string>() ?? "fake-hardware", body["resource_class"]?.GetValue<string>());
        return Json(ctx, NodeJson(family, node, null), 201);
    }

    private static async Task<IResult> CreatePortAsync(HttpContext ctx, IronicFamily family)
    {
        var body = await ReadAsync(ctx) ?? new JsonObject();
        var nodeText = body["node_uuid"]?.GetValue<string>() ?? string.Empty;
        var address = body["address"]?.GetValue<string>()?.ToLowerInvariant() ?? string.Empty;
        if (family.Store.Node(nodeText) is not { } node)
        {
            return NodeNotFound(ctx, nodeText);
        }

        if (family.Store.Ports().Any(p => p.Address == address))
        {
            return Error(ctx, 409, $"A port with MAC address {address} already exists.");
        }

        return Json(ctx, PortJson(family, family.Store.AddPort(node.Uuid, address), null), 201);
    }

    private static async Task<IResult> PatchNodeAsync(HttpContext ctx, IronicFamily family, string ident)
    {
        if (family.Store.Node(ident) is not { } node)
        {
            return NodeNotFound(ctx, ident);
        }

        var patch = JsonNode.Parse(await new System.IO.StreamReader(ctx.Request.Body).ReadToEndAsync()) as JsonArray ?? new JsonArray();
        foreach (var op in patch.OfType<JsonObject>())
        {
            var value = op["value"];
            switch (op["path"]?.GetValue<string>())
            {
                case "/driver_info/fast_track":
                    node.FastTrack = value is not null && string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "/maintenance":
                    node.Maintenance = value is not null && string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "/resource_class":
                    node.ResourceClass = value?.ToString();
                    break;
                case "/owner":
                    node.Owner = value?.ToString();
                    break;
                case "/name":
                    node.Name = value?.ToString();
                    break;
                default:
                    return Error(ctx, 400, $"Cannot patch {op["path"]} in the sandbox.");
            }
        }

        return Json(ctx, NodeJson(family, node, null));
    }

    private static async Task<IResult> ProvisionAsync(HttpContext ctx, IronicFamily family, string ident)
    {
        if (family.Store.Node(ident) is not { } node)
        {
            return NodeNotFound(ctx, ident);
        }

        var target = (await ReadAsync(ctx))?["target"]?.GetValue<string>();
        var next = (target, node.ProvisionState) switch
        {
            ("manage", "enroll" or "available" or "manageable") => "manageable",
            ("provide", "manageable" or "available") => "available",
            ("active", "available") => "active",
            ("deleted", "active") => "available",
            ("clean", "manageable") => "clean wait",
            _ => null,
        };
        if (next is null)
        {
            return Error(ctx, 400, $"The requested action \"{target}\" can not be performed on node \"{node.Uuid}\" while it is in state \"{node.ProvisionState}\".");
        }

        node.ProvisionState = next;
        node.PowerState = next == "active" ? "power on" : "power off";
        return Results.StatusCode(202);
    }

    private static IResult NodeNotFound(HttpContext ctx, string ident) => Error(ctx, 404, $"Node {ident} could not be found.");

    // Ironic's error body: a JSON document serialised into the error_message string.
    private static IResult Error(HttpContext ctx, int status, string fault)
    {
        var inner = JsonSerializer.Serialize(new Dictionary<string, object?> { ["faultstring"] = fault, ["faultcode"] = status >= 500 ? "Server" : "Client", ["debuginfo"] = null });
        return Json(ctx, new JsonObject { ["error_message"] = inner }, status);
    }

    private static IResult Json(HttpContext ctx, JsonNode body, int status = 200) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, status);

    private static async Task<JsonObject?> ReadAsync(HttpContext ctx)
    {
        using var reader = new System.IO.StreamReader(ctx.Request.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
    }

    private static (int Major, int Minor) Parse(string version) => TryParse(version)!.Value;

    private static (int Major, int Minor)? TryParse(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? (major, minor)
            : null;
    }

    private static int Compare((int Major, int Minor) a, (int Major, int Minor) b) => a.Major != b.Major ? a.Major.CompareTo(b.Major) : a.Minor.CompareTo(b.Minor);
}
