using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.OpenShift;
using RedHatApi.Paging;

namespace RedHatApi.Client.OpenShift;

/// <summary>rbac.authorization.k8s.io/v1 RoleBindings (a namespace) and ClusterRoleBindings (namespace null).</summary>
internal sealed partial class OpenShiftClient
{
    internal const string RbacGroup = "rbac.authorization.k8s.io";

    internal static string BindingsPath(string? ns) =>
        ns is null ? $"apis/{RbacGroup}/v1/clusterrolebindings" : $"apis/{RbacGroup}/v1/namespaces/{Segment(ns)}/rolebindings";

    internal static string BindingPath(string? ns, string name) => BindingsPath(ns) + "/" + Segment(name);

    /// <summary>Every binding of the scope (all pages): oc looks for one of the same role before making a new one.</summary>
    internal async Task<IReadOnlyList<OpenShiftRoleBinding>> ListBindingsAsync(string? ns, CancellationToken cancellationToken)
    {
        var all = new List<OpenShiftRoleBinding>();
        string? cursor = null;
        do
        {
            var page = await ListPageAsync<RoleBindingWire, OpenShiftRoleBinding>(BindingsPath(ns), null, new PageRequest(0, DefaultPageSize, cursor), ToModel, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }

    /// <summary>The POST of a new binding.</summary>
    internal ApiRequest CreateBindingRequest(string? ns, string name, string roleKind, string roleName, IReadOnlyList<OpenShiftSubject> subjects) =>
        Request(HttpMethod.Post, BindingsPath(ns), BindingBody(ns, name, null, roleKind, roleName, subjects));

    /// <summary>Sends <paramref name="request"/> (from <see cref="CreateBindingRequest"/>): 201; a taken name is OpenShiftAlreadyExists.</summary>
    internal async Task<OpenShiftRoleBinding> CreateBindingAsync(string? ns, string name, ApiRequest request, CancellationToken cancellationToken) =>
        ToModel(await SendAsync<RoleBindingWire>(request, BindingTarget(ns, name), cancellationToken).ConfigureAwait(false));

    /// <summary>The PUT of the binding with new subjects and its resourceVersion: a change in between is 409 Conflict, not a lost update.</summary>
    internal ApiRequest ReplaceSubjectsRequest(OpenShiftRoleBinding binding, IReadOnlyList<OpenShiftSubject> subjects) =>
        Request(
            HttpMethod.Put,
            BindingPath(binding.Namespace, binding.Name),
            BindingBody(binding.Namespace, binding.Name, binding.ResourceVersion, binding.RoleKind, binding.RoleName, subjects));

    /// <summary>Sends <paramref name="request"/> (from <see cref="ReplaceSubjectsRequest"/>).</summary>
    internal async Task<OpenShiftRoleBinding> ReplaceSubjectsAsync(OpenShiftRoleBinding binding, ApiRequest request, CancellationToken cancellationToken) =>
        ToModel(await SendAsync<RoleBindingWire>(request, BindingTarget(binding.Namespace, binding.Name), cancellationToken).ConfigureAwait(false));

    /// <summary>The DELETE of a binding.</summary>
    internal ApiRequest DeleteBindingRequest(string? ns, string name) => Request(HttpMethod.Delete, BindingPath(ns, name));

    /// <summary>Sends <paramref name="request"/> (from <see cref="DeleteBindingRequest"/>).</summary>
    internal Task DeleteBindingAsync(string? ns, string name, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<JsonObject>(request, BindingTarget(ns, name), cancellationToken);

    private static JsonObject BindingBody(string? ns, string name, string? resourceVersion, string roleKind, string roleName, IReadOnlyList<OpenShiftSubject> subjects)
    {
        var metadata = new JsonObject { ["name"] = name };
        if (ns is not null)
        {
            metadata["namespace"] = ns;
        }

        if (resourceVersion is not null)
        {
            metadata["resourceVersion"] = resourceVersion;
        }

        return new JsonObject
        {
            ["apiVersion"] = RbacGroup + "/v1",
            ["kind"] = ns is null ? "ClusterRoleBinding" : "RoleBinding",
            ["metadata"] = metadata,
            ["subjects"] = new JsonArray(subjects.Select(s =>
            {
                var subject = new JsonObject { ["kind"] = s.Kind, ["name"] = s.Name };
                if (s.Kind == "ServiceAccount")
                {
                    subject["namespace"] = s.Namespace;
                }
                else
                {
                    subject["apiGroup"] = RbacGroup;
                }

                return (JsonNode)subject;
            }).ToArray()),
            ["roleRef"] = new JsonObject { ["apiGroup"] = RbacGroup, ["kind"] = roleKind, ["name"] = roleName },
        };
    }

    private static KubeTarget BindingTarget(string? ns, string name) =>
        new(ns is null ? "cluster role binding" : "role binding", ns, name);

    private OpenShiftRoleBinding ToModel(RoleBindingWire wire)
    {
        var meta = wire.Metadata ?? new KubeObjectMeta();
        var subjects = (wire.Subjects ?? new List<SubjectWire>())
            .Select(s => new OpenShiftSubject(s.Kind ?? string.Empty, s.Name ?? string.Empty, s.Kind == "ServiceAccount" ? s.Namespace : null))
            .ToList();
        return new OpenShiftRoleBinding(
            string.IsNullOrEmpty(meta.Namespace) ? null : meta.Namespace,
            meta.Name ?? string.Empty,
            wire.RoleRef?.Kind ?? string.Empty,
            wire.RoleRef?.Name ?? string.Empty,
            subjects,
            meta.Uid,
            meta.ResourceVersion,
            ParseTime(meta.CreationTimestamp),
            ClusterName);
    }
}
