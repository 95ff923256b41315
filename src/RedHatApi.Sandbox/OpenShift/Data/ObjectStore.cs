using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// The generic resource kinds Get-/Watch-OpenShiftResource read: v1 ConfigMap (writable, to drive watches), v1 Pod
/// and apps/v1 Deployment, stored as JSON objects; and the watch event log every change appends to.
/// </summary>
public sealed class ObjectStore
{
    /// <summary>resource name → (apiVersion, kind).</summary>
    public static readonly IReadOnlyDictionary<string, (string ApiVersion, string Kind)> Kinds = new Dictionary<string, (string, string)>
    {
        ["configmaps"] = ("v1", "ConfigMap"),
        ["pods"] = ("v1", "Pod"),
        ["deployments"] = ("apps/v1", "Deployment"),
    };

    /// <summary>ConfigMaps seeded in "ci" (pipeline-01…) besides every namespace's kube-root-ca.crt.</summary>
    public const int SeededPipelines = 12;

    private readonly ClusterCore _core;
    private readonly SortedDictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly List<WatchEvent> _events = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _openWatches;
    private int _watchesOpened;

    internal ObjectStore(ClusterCore core) => _core = core;

    /// <summary>Watch streams open now, and opened since the start (tests wait for a watch to be open before changing things).</summary>
    public (int Open, int Opened) Watches => (Volatile.Read(ref _openWatches), Volatile.Read(ref _watchesOpened));

    /// <summary>Counts a watch stream for <see cref="Watches"/>; dispose it when the stream ends.</summary>
    public IDisposable WatchOpened()
    {
        Interlocked.Increment(ref _watchesOpened);
        Interlocked.Increment(ref _openWatches);
        return new WatchCounter(this);
    }

    private sealed class WatchCounter(ObjectStore store) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref store._openWatches);
            }
        }
    }

    /// <summary>One change, as a watch sends it: the object as it was right after the change.</summary>
    public sealed record WatchEvent(long Revision, string Type, string Resource, JsonObject Item);

    /// <summary>Objects of a resource in one namespace (or all), key-ordered, filtered.</summary>
    public IReadOnlyList<(string Key, JsonObject Item)> List(string resource, string? ns, Func<JsonObject, bool> filter)
    {
        lock (_core.Gate)
        {
            return _objects
                .Where(p => p.Key.StartsWith(resource + "|", StringComparison.Ordinal))
                .Select(p => (Key: p.Key[(resource.Length + 1)..], Item: p.Value))
                .Where(p => (ns is null || Namespace(p.Item) == ns) && filter(p.Item))
                .Select(p => (p.Key, (JsonObject)p.Item.DeepClone()))
                .ToList();
        }
    }

    public JsonObject? Get(string resource, string ns, string name)
    {
        lock (_core.Gate)
        {
            return _objects.TryGetValue(ObjectKey(resource, ns, name), out var item) ? (JsonObject)item.DeepClone() : null;
        }
    }

    /// <summary>Create (ADDED) or, with <paramref name="replace"/>, update (MODIFIED) a ConfigMap; null when create finds it taken or update finds none.</summary>
    public JsonObject? PutConfigMap(string ns, string name, IReadOnlyDictionary<string, string>? labels, IReadOnlyDictionary<string, string>? data, bool replace)
    {
        lock (_core.Gate)
        {
            var key = ObjectKey("configmaps", ns, name);
            var exists = _objects.TryGetValue(key, out var old);
            if (exists != replace)
            {
                return null;
            }

            var item = NewObject("configmaps", ns, name, labels, exists ? old!["metadata"]!["uid"]!.GetValue<string>() : _core.NewUid(),
                exists ? old!["metadata"]!["creationTimestamp"]!.GetValue<string>() : ClusterCore.Time(DateTimeOffset.UtcNow));
            if (data is not null)
            {
                item["data"] = new JsonObject(data.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value)));
            }

            Record(exists ? "MODIFIED" : "ADDED", "configmaps", key, item);
            return (JsonObject)item.DeepClone();
        }
    }

    public JsonObject? Delete(string resource, string ns, string name)
    {
        lock (_core.Gate)
        {
            var key = ObjectKey(resource, ns, name);
            if (!_objects.Remove(key, out var item))
            {
                return null;
            }

            var revision = _core.NextRevision();
            item["metadata"]!["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture);
            _events.Add(new WatchEvent(revision, "DELETED", resource, (JsonObject)item.DeepClone()));
            Signal();
            return item;
        }
    }

    /// <summary>Events after <paramref name="revision"/> of one resource, and a task that completes at the next change.</summary>
    public (IReadOnlyList<WatchEvent> Events, long Revision, Task Next) EventsAfter(string resource, long revision)
    {
        lock (_core.Gate)
        {
            return (_events.Where(e => e.Revision > revision && e.Resource == resource).ToList(), _core.Revision, _changed.Task);
        }
    }

    internal static string Namespace(JsonObject item) => item["metadata"]?["namespace"]?.GetValue<string>() ?? string.Empty;

    internal static string Name(JsonObject item) => item["metadata"]?["name"]?.GetValue<string>() ?? string.Empty;

    internal static IReadOnlyDictionary<string, string> Labels(JsonObject item) =>
        (item["metadata"]?["labels"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? string.Empty) ?? new Dictionary<string, string>();

    private static string ObjectKey(string resource, string ns, string name) => resource + "|" + ns + "/" + name;

    private void Record(string type, string resource, string key, JsonObject item)
    {
        var revision = _core.NextRevision();
        item["metadata"]!["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture);
        _objects[key] = item;
        _events.Add(new WatchEvent(revision, type, resource, (JsonObject)item.DeepClone()));
        Signal();
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private static JsonObject NewObject(string resource, string ns, string name, IReadOnlyDictionary<string, string>? labels, string uid, string created)
    {
        var (apiVersion, kind) = Kinds[resource];
        var metadata = new JsonObject { ["name"] = name, ["namespace"] = ns, ["uid"] = uid, ["resourceVersion"] = "0", ["creationTimestamp"] = created };
        if (labels is { Count: > 0 })
        {
            metadata["labels"] = new JsonObject(labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value)));
        }

        return new JsonObject { ["kind"] = kind, ["apiVersion"] = apiVersion, ["metadata"] = metadata };
    }

    /// <summary>The uid of a pod, for bound-object checks.</summary>
    public (string Uid, bool Found) PodUid(string ns, string name)
    {
        lock (_core.Gate)
        {
            return _objects.TryGetValue(ObjectKey("pods", ns, name), out var pod) ? (pod["metadata"]!["uid"]!.GetValue<string>(), true) : (string.Empty, false);
        }
    }

    /// <summary>
    /// The seeded objects (no watch events: they predate every watch); <paramref name="webPods"/> are the pods whose
    /// uids were drawn first, with the service accounts. The caller holds the lock.
    /// </summary>
    internal void Seed(DateTimeOffset created, IEnumerable<(string Namespace, string Name, string Uid)> webPods)
    {
        _objects.Clear();
        _events.Clear();
        void Add(string resource, string ns, string name, Dictionary<string, string>? labels, Action<JsonObject>? fill = null, string? uid = null)
        {
            var item = NewObject(resource, ns, name, labels, uid ?? _core.NewUid(), ClusterCore.Time(created));
            fill?.Invoke(item);
            item["metadata"]!["resourceVersion"] = _core.NextRevision().ToString(CultureInfo.InvariantCulture);
            _objects[ObjectKey(resource, ns, name)] = item;
        }

        foreach (var ns in NamespaceStore.Seeded)
        {
            Add("configmaps", ns, "kube-root-ca.crt", null, c => c["data"] = new JsonObject { ["ca.crt"] = "-----BEGIN CERTIFICATE-----\nsandbox\n-----END CERTIFICATE-----\n" });
        }

        for (var i = 1; i <= SeededPipelines; i++)
        {
            var n = i.ToString("00", CultureInfo.InvariantCulture);
            Add("configmaps", "ci", "pipeline-" + n, new Dictionary<string, string> { ["app"] = "ci", ["stage"] = i % 2 == 1 ? "build" : "test" },
                c => c["data"] = new JsonObject { ["pipeline"] = "pipeline-" + n });
        }

        void Pod(string ns, string name, string app, string phase, string? uid = null) =>
            Add("pods", ns, name, new Dictionary<string, string> { ["app"] = app }, p =>
            {
                p["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = app, ["image"] = "registry.access.redhat.com/ubi9/ubi-minimal:latest" }) };
                p["status"] = new JsonObject { ["phase"] = phase };
            }, uid);

        foreach (var pod in webPods)
        {
            Pod(pod.Namespace, pod.Name, "web", "Running", pod.Uid);
        }

        Pod("test", "migrate-1", "db", "Succeeded");
        Pod("test", "worker-0", "worker", "Pending");
        for (var i = 1; i <= 5; i++)
        {
            Pod("ci", "runner-pod-" + i.ToString(CultureInfo.InvariantCulture), "ci-runner", i == 5 ? "Failed" : "Running");
        }

        void Deployment(string ns, string name, int replicas) =>
            Add("deployments", ns, name, new Dictionary<string, string> { ["app"] = name }, d =>
            {
                d["spec"] = new JsonObject { ["replicas"] = replicas, ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = name } } };
                d["status"] = new JsonObject { ["replicas"] = replicas, ["readyReplicas"] = replicas, ["availableReplicas"] = replicas };
            });
        Deployment("test", "web", 2);
        Deployment("ci", "runner", 5);
    }
}
