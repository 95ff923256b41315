using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>A POST or PATCH body as the sandbox received it, pull secret masked.</summary>
public sealed record AssistedLoggedBody(string Method, string Path, string Body);

/// <summary>Bodies of the write requests received (clusters, infra-envs, hosts; pull secrets masked), oldest first, for tests.</summary>
public sealed class AssistedBodies
{
    private readonly AssistedStore _store;
    private readonly List<AssistedLoggedBody> _bodies = new();

    internal AssistedBodies(AssistedStore store) => _store = store;

    public IReadOnlyList<AssistedLoggedBody> All
    {
        get
        {
            lock (_store.Gate)
            {
                return _bodies.ToList();
            }
        }
    }

    public void Record(string method, string path, JsonObject body)
    {
        var copy = (JsonObject)body.DeepClone();
        if (copy["pull_secret"] is not null)
        {
            copy["pull_secret"] = "***";
        }

        lock (_store.Gate)
        {
            _bodies.Add(new AssistedLoggedBody(method, path, copy.ToJsonString()));
        }
    }

    internal void Clear() => _bodies.Clear();
}
