using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// Generic resources (v1 configmaps and pods, apps/v1 deployments): list with label and field selectors and
/// limit/continue, get, watch (?watch=1: newline-delimited JSON events over a chunked response, closed after
/// timeoutSeconds; a resourceVersion older than the last compaction is an ERROR event with a 410 Expired Status), and
/// ConfigMap create and delete so tests can drive a watch through the API itself. Group discovery for apps/v1.
/// </summary>
public static class ResourceEndpoints
{
    /// <summary>kube-apiserver's --min-request-timeout is 1800 s; a watch without timeoutSeconds lasts that long.</summary>
    private const int DefaultWatchSeconds = 1800;

    public static void Map(RouteGroupBuilder group, ClusterStore store)
    {
        group.MapGet("/apis/{group}/{version}", (string group, string version) => GroupResources(group + "/" + version) is { } list ? Json(list) : NoSuchResource());

        group.MapGet("/api/v1/{resource}", (HttpContext http, string resource) => ListAsync(http, store, resource, "v1", null));
        group.MapGet("/api/v1/namespaces/{ns}/{resource}", (HttpContext http, string ns, string resource) => ListAsync(http, store, resource, "v1", ns));
        group.MapGet("/apis/{group}/{version}/{resource}", (HttpContext http, string group, string version, string resource) => ListAsync(http, store, resource, group + "/" + version, null));
        group.MapGet("/apis/{group}/{version}/namespaces/{ns}/{resource}", (HttpContext http, string group, string version, string ns, string resource) =>
            ListAsync(http, store, resource, group + "/" + version, ns));

        group.MapGet("/api/v1/namespaces/{ns}/{resource}/{name}", (HttpContext http, string ns, string resource, string name) => Get(http, store, resource, "v1", ns, name));
        group.MapGet("/apis/{group}/{version}/namespaces/{ns}/{resource}/{name}", (HttpContext http, string group, string version, string ns, string resource, string name) =>
            Get(http, store, resource, group + "/" + version, ns, name));

        group.MapPost("/api/v1/namespaces/{ns}/configmaps", async (HttpContext http, string ns) =>
        {
            if (ClusterEndpoints.Authorize(http, "create", "configmaps", string.Empty, ns) is { } denied)
            {
                return denied;
            }

            JsonObject? body;
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
            }
            catch (JsonException)
            {
                body = null;
            }

            var name = body?["metadata"]?["name"]?.GetValue<string>();
            if (string.IsNullOrEmpty(name))
            {
                return Invalid("ConfigMap", string.Empty, string.Empty, "metadata.name", "Required value: name or generateName is required");
            }

            if (!store.Namespaces.Exists(ns))
            {
                return NotFound("namespaces", ns);
            }

            var labels = (body!["metadata"]!["labels"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? string.Empty);
            var data = (body["data"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? string.Empty);
            return store.Objects.PutConfigMap(ns, name, labels, data, replace: false) is { } created ? Json(created, StatusCodes.Status201Created) : AlreadyExists("configmaps", name);
        });

        group.MapDelete("/api/v1/namespaces/{ns}/configmaps/{name}", (HttpContext http, string ns, string name) =>
            ClusterEndpoints.Authorize(http, "delete", "configmaps", string.Empty, ns, name)
            ?? (store.Objects.Delete("configmaps", ns, name) is { } deleted ? Json(deleted) : NotFound("configmaps", name)));
    }

    /// <summary>Control routes on the main port: PUT /_sandbox/cluster/configmaps/{ns}/{name} (create or update) and DELETE.</summary>
    public static void MapControl(IEndpointRouteBuilder control, OpenShiftFamily state)
    {
        control.MapPut("/_sandbox/cluster/configmaps/{ns}/{name}", (string ns, string name, ConfigMapBody body) =>
        {
            var replace = state.Cluster.Objects.Get("configmaps", ns, name) is not null;
            return Results.Json(state.Cluster.Objects.PutConfigMap(ns, name, body.Labels, body.Data, replace)?.ToJsonString());
        });
        control.MapGet("/_sandbox/cluster/watches", () => Results.Json(new { open = state.Cluster.Objects.Watches.Open, opened = state.Cluster.Objects.Watches.Opened }));
        control.MapDelete("/_sandbox/cluster/configmaps/{ns}/{name}", (string ns, string name) =>
            state.Cluster.Objects.Delete("configmaps", ns, name) is null ? Results.NotFound() : Results.NoContent());
    }

    /// <summary>Body of PUT /_sandbox/cluster/configmaps/{ns}/{name}.</summary>
    public sealed class ConfigMapBody
    {
        public Dictionary<string, string>? Labels { get; set; }

        public Dictionary<string, string>? Data { get; set; }
    }

    private static bool Known(string resource, string apiVersion) =>
        ObjectStore.Kinds.TryGetValue(resource, out var kind) && kind.ApiVersion == apiVersion;

    private static IResult Get(HttpContext http, ClusterStore store, string resource, string apiVersion, string ns, string name)
    {
        if (!Known(resource, apiVersion))
        {
            return NoSuchResource();
        }

        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion.Split('/')[0] : string.Empty;
        return ClusterEndpoints.Authorize(http, "get", resource, group, ns, name)
            ?? (store.Objects.Get(resource, ns, name) is { } item ? Json(item) : NotFound(resource, name, group));
    }

    private static async Task<IResult> ListAsync(HttpContext http, ClusterStore store, string resource, string apiVersion, string? ns)
    {
        if (!Known(resource, apiVersion))
        {
            return NoSuchResource();
        }

        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion.Split('/')[0] : string.Empty;
        var watch = http.Request.Query["watch"].ToString() is "1" or "true";
        if (ClusterEndpoints.Authorize(http, watch ? "watch" : "list", resource, group, ns) is { } denied)
        {
            return denied;
        }

        var labels = KubeListing.LabelSelector(http.Request.Query["labelSelector"]);
        var (fields, fieldError) = FieldSelector(http.Request.Query["fieldSelector"], resource);
        if (fieldError is not null)
        {
            return BadRequest(fieldError);
        }

        bool Wanted(JsonObject item) => (ns is null || ObjectStore.Namespace(item) == ns) && (labels is null || labels(ObjectStore.Labels(item))) && fields(item);
        if (watch)
        {
            await WatchAsync(http, store, resource, Wanted);
            return Results.Empty;
        }

        var kind = ObjectStore.Kinds[resource].Kind;
        var items = store.Objects.List(resource, ns, Wanted).Select(i =>
        {
            i.Item.Remove("kind");
            i.Item.Remove("apiVersion");
            return i;
        }).ToList();
        return KubeListing.Page(kind + "List", items, http.Request, store, apiVersion);
    }

    /// <summary>
    /// The watch: without a resourceVersion (or "0") first an ADDED event per current object, then every change after
    /// it; with one, every change after it, or an ERROR 410 when it was compacted away. Ends after timeoutSeconds.
    /// </summary>
    private static async Task WatchAsync(HttpContext http, ClusterStore store, string resource, Func<JsonObject, bool> wanted)
    {
        var timeoutText = http.Request.Query["timeoutSeconds"].ToString();
        var seconds = int.TryParse(timeoutText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var asked) && asked > 0 ? asked : DefaultWatchSeconds;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        var bookmarks = http.Request.Query["allowWatchBookmarks"].ToString() == "true";
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        var rvText = http.Request.Query["resourceVersion"].ToString();
        long.TryParse(rvText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var from);

        async Task Send(string type, JsonNode item)
        {
            await http.Response.WriteAsync(new JsonObject { ["type"] = type, ["object"] = item }.ToJsonString() + "\n", deadline.Token);
            await http.Response.Body.FlushAsync(deadline.Token);
        }

        try
        {
            if (from > 0 && from < store.Core.CompactedRevision)
            {
                await Send("ERROR", StatusBody(410, "Expired", $"too old resource version: {from} ({store.Core.Revision})"));
                return;
            }

            if (from <= 0)
            {
                from = store.Core.Revision;
                foreach (var (_, item) in store.Objects.List(resource, null, wanted))
                {
                    await Send("ADDED", item);
                }
            }

            // Counted once the starting point is fixed: a change after this is an event, never part of the initial ADDED.
            using var counted = store.Objects.WatchOpened();
            await http.Response.Body.FlushAsync(deadline.Token);
            while (true)
            {
                var (events, revision, next) = store.Objects.EventsAfter(resource, from);
                foreach (var change in events)
                {
                    if (wanted(change.Item))
                    {
                        await Send(change.Type, change.Item);
                    }
                }

                from = Math.Max(revision, events.Count > 0 ? events[^1].Revision : from);
                await next.WaitAsync(deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            // timeoutSeconds elapsed: a bookmark tells the client where to resume, then the server closes the stream.
            if (bookmarks)
            {
                var kind = ObjectStore.Kinds[resource];
                var mark = new JsonObject
                {
                    ["kind"] = kind.Kind,
                    ["apiVersion"] = kind.ApiVersion,
                    ["metadata"] = new JsonObject { ["resourceVersion"] = from.ToString(CultureInfo.InvariantCulture) },
                };
                await http.Response.WriteAsync(new JsonObject { ["type"] = "BOOKMARK", ["object"] = mark }.ToJsonString() + "\n", CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
    }

    /// <summary>fieldSelector: metadata.name, metadata.namespace, and status.phase on pods; =, == and !=, comma-separated.</summary>
    private static (Func<JsonObject, bool> Match, string? Error) FieldSelector(string? text, string resource)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (_ => true, null);
        }

        var terms = new List<Func<JsonObject, bool>>();
        foreach (var term in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var negate = term.Contains("!=", StringComparison.Ordinal);
            var parts = negate ? term.Split("!=", 2) : term.Replace("==", "=", StringComparison.Ordinal).Split('=', 2);
            if (parts.Length != 2)
            {
                return (_ => false, $"invalid selector: '{text}'; can't understand '{term}'");
            }

            var field = parts[0].Trim();
            var value = parts[1].Trim();
            Func<JsonObject, string?> read = field switch
            {
                "metadata.name" => ObjectStore.Name,
                "metadata.namespace" => ObjectStore.Namespace,
                "status.phase" when resource == "pods" => i => i["status"]?["phase"]?.GetValue<string>(),
                _ => null!,
            };
            if (read is null)
            {
                var known = resource == "pods" ? "\"metadata.name\", \"metadata.namespace\", \"status.phase\"" : "\"metadata.name\", \"metadata.namespace\"";
                return (_ => false, $"\"{field}\" is not a known field selector: only {known}");
            }

            terms.Add(i => (read(i) == value) != negate);
        }

        return (i => terms.All(t => t(i)), null);
    }

    /// <summary>Discovery for the API groups the sandbox serves besides the core group.</summary>
    private static JsonObject? GroupResources(string groupVersion)
    {
        JsonArray? resources = groupVersion switch
        {
            "apps/v1" => new JsonArray(ClusterEndpoints.Resource("deployments", "Deployment", true, "get", "list", "watch")),
            "authentication.k8s.io/v1" => new JsonArray(ClusterEndpoints.Resource("selfsubjectreviews", "SelfSubjectReview", false, "create")),
            "user.openshift.io/v1" => new JsonArray(ClusterEndpoints.Resource("users", "User", false, "get")),
            _ => null,
        };
        return resources is null ? null : new JsonObject { ["kind"] = "APIResourceList", ["apiVersion"] = "v1", ["groupVersion"] = groupVersion, ["resources"] = resources };
    }
}
