using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// RBAC: RoleBindings and ClusterRoleBindings, and the authorizer that honours them. The roles are the default
/// cluster roles (view, edit, admin, cluster-admin) plus one seeded namespaced Role (test/configmap-reader); a
/// binding to any other role is stored (the API allows it) but grants nothing.
/// </summary>
public sealed class RbacStore
{
    public const string RbacGroup = "rbac.authorization.k8s.io";

    private static readonly string[] ReadVerbs = { "get", "list", "watch" };

    private readonly ClusterCore _core;
    private readonly SortedDictionary<string, BindingRecord> _bindings = new(StringComparer.Ordinal);

    internal RbacStore(ClusterCore core) => _core = core;

    internal void Clear() => _bindings.Clear();

    /// <summary>One binding; Namespace is null for a ClusterRoleBinding.</summary>
    public sealed record BindingSubject(string Kind, string Name, string? Namespace);

    private sealed class BindingRecord(string? ns, string name, string uid, string roleKind, string roleName, DateTimeOffset created)
    {
        public string? Namespace { get; } = ns;

        public string Name { get; } = name;

        public string Uid { get; } = uid;

        public string RoleKind { get; } = roleKind;

        public string RoleName { get; } = roleName;

        public DateTimeOffset Created { get; } = created;

        public long ResourceVersion { get; set; }

        public List<BindingSubject> Subjects { get; set; } = new();
    }

    /// <summary>May <paramref name="who"/> do <paramref name="verb"/> on <paramref name="resource"/> in <paramref name="ns"/> (null: cluster scope)?</summary>
    public bool Allows(ClusterIdentity who, string verb, string resource, string? ns)
    {
        if (who.IsAdmin)
        {
            return true;
        }

        lock (_core.Gate)
        {
            return _bindings.Values
                .Where(b => b.Namespace is null || b.Namespace == ns)
                .Where(b => b.Subjects.Any(s => Matches(s, who)))
                .Any(b => RoleAllows(b.RoleKind, b.RoleName, b.Namespace, verb, resource, clusterWide: b.Namespace is null));
        }
    }

    public IReadOnlyList<(string Key, JsonObject Item)> List(string? ns, bool clusterScoped)
    {
        lock (_core.Gate)
        {
            return _bindings
                .Where(p => clusterScoped ? p.Value.Namespace is null : p.Value.Namespace is not null && (ns is null || p.Value.Namespace == ns))
                .Select(p => (p.Key, Render(p.Value, withKind: false)))
                .ToList();
        }
    }

    public JsonObject? Get(string? ns, string name)
    {
        lock (_core.Gate)
        {
            return _bindings.TryGetValue(BindingKey(ns, name), out var binding) ? Render(binding, withKind: true) : null;
        }
    }

    /// <summary>POST: null when the name is taken.</summary>
    public JsonObject? Create(string? ns, string name, string roleKind, string roleName, IReadOnlyList<BindingSubject> subjects)
    {
        lock (_core.Gate)
        {
            var key = BindingKey(ns, name);
            if (_bindings.ContainsKey(key))
            {
                return null;
            }

            var binding = new BindingRecord(ns, name, _core.NewUid(), roleKind, roleName, DateTimeOffset.UtcNow) { Subjects = subjects.ToList(), ResourceVersion = _core.NextRevision() };
            _bindings[key] = binding;
            return Render(binding, withKind: true);
        }
    }

    /// <summary>PUT: NotFound, Conflict (stale resourceVersion), RoleRefChanged (roleRef is immutable) or the stored binding.</summary>
    public (string Outcome, JsonObject? Binding) Replace(string? ns, string name, string? resourceVersion, string roleKind, string roleName, IReadOnlyList<BindingSubject> subjects)
    {
        lock (_core.Gate)
        {
            if (!_bindings.TryGetValue(BindingKey(ns, name), out var binding))
            {
                return ("NotFound", null);
            }

            if (binding.RoleKind != roleKind || binding.RoleName != roleName)
            {
                return ("RoleRefChanged", null);
            }

            if (!string.IsNullOrEmpty(resourceVersion) && resourceVersion != binding.ResourceVersion.ToString(CultureInfo.InvariantCulture))
            {
                return ("Conflict", null);
            }

            binding.Subjects = subjects.ToList();
            binding.ResourceVersion = _core.NextRevision();
            return ("Replaced", Render(binding, withKind: true));
        }
    }

    public JsonObject? Delete(string? ns, string name)
    {
        lock (_core.Gate)
        {
            if (!_bindings.Remove(BindingKey(ns, name), out var binding))
            {
                return null;
            }

            _core.NextRevision();
            return Render(binding, withKind: true);
        }
    }

    /// <summary>The default cluster roles, and test/configmap-reader.</summary>
    private static bool RoleAllows(string roleKind, string roleName, string? bindingNamespace, string verb, string resource, bool clusterWide)
    {
        if (roleKind == "Role")
        {
            return bindingNamespace == "test" && roleName == "configmap-reader" && resource == "configmaps" && ReadVerbs.Contains(verb);
        }

        if (resource == "oauthaccesstokens")
        {
            // Every user's login tokens: cluster-admin only, none of the aggregated roles include them.
            return roleName == "cluster-admin";
        }

        var rbacResource = resource is "rolebindings" or "roles";
        return roleName switch
        {
            "cluster-admin" => true,
            "admin" => !clusterWide || resource is not ("namespaces" or "clusterrolebindings"),
            "edit" => !rbacResource && resource != "clusterrolebindings",
            "view" => ReadVerbs.Contains(verb) && resource is not ("secrets" or "clusterrolebindings") && !rbacResource,
            _ => false,
        };
    }

    private static bool Matches(BindingSubject subject, ClusterIdentity who) => subject.Kind switch
    {
        "User" => subject.Name == who.UserName,
        "ServiceAccount" => ClusterCore.ServiceAccountUser(subject.Namespace ?? string.Empty, subject.Name) == who.UserName,
        "Group" => who.Groups.Contains(subject.Name),
        _ => false,
    };

    private static string BindingKey(string? ns, string name) => (ns ?? string.Empty) + "/" + name;

    private static JsonObject Render(BindingRecord binding, bool withKind)
    {
        var item = new JsonObject();
        if (withKind)
        {
            item["kind"] = binding.Namespace is null ? "ClusterRoleBinding" : "RoleBinding";
            item["apiVersion"] = RbacGroup + "/v1";
        }

        var metadata = new JsonObject { ["name"] = binding.Name };
        if (binding.Namespace is not null)
        {
            metadata["namespace"] = binding.Namespace;
        }

        metadata["uid"] = binding.Uid;
        metadata["resourceVersion"] = binding.ResourceVersion.ToString(CultureInfo.InvariantCulture);
        metadata["creationTimestamp"] = ClusterCore.Time(binding.Created);
        item["metadata"] = metadata;
        item["subjects"] = new JsonArray(binding.Subjects.Select(s =>
        {
            var subject = new JsonObject { ["kind"] = s.Kind };
            if (s.Kind != "ServiceAccount")
            {
                subject["apiGroup"] = RbacGroup;
            }

            subject["name"] = s.Name;
            if (s.Namespace is not null)
            {
                subject["namespace"] = s.Namespace;
            }

            return (JsonNode)subject;
        }).ToArray());
        item["roleRef"] = new JsonObject { ["apiGroup"] = RbacGroup, ["kind"] = binding.RoleKind, ["name"] = binding.RoleName };
        return item;
    }
}
