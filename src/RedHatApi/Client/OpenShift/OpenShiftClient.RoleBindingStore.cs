using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Client.OpenShift;

/// <summary>The cluster's RBAC calls as the store <see cref="RoleBindingEditor"/> edits.</summary>
internal sealed partial class OpenShiftClient : IRoleBindingStore
{
    Task<IReadOnlyList<OpenShiftRoleBinding>> IRoleBindingStore.ListBindingsAsync(string? ns, CancellationToken cancellationToken) =>
        ListBindingsAsync(ns, cancellationToken);

    ApiRequest IRoleBindingStore.CreateBindingRequest(string? ns, string name, string roleKind, string roleName, IReadOnlyList<OpenShiftSubject> subjects) =>
        CreateBindingRequest(ns, name, roleKind, roleName, subjects);

    Task<OpenShiftRoleBinding> IRoleBindingStore.CreateBindingAsync(string? ns, string name, ApiRequest request, CancellationToken cancellationToken) =>
        CreateBindingAsync(ns, name, request, cancellationToken);

    ApiRequest IRoleBindingStore.ReplaceSubjectsRequest(OpenShiftRoleBinding binding, IReadOnlyList<OpenShiftSubject> subjects) =>
        ReplaceSubjectsRequest(binding, subjects);

    Task<OpenShiftRoleBinding> IRoleBindingStore.ReplaceSubjectsAsync(OpenShiftRoleBinding binding, ApiRequest request, CancellationToken cancellationToken) =>
        ReplaceSubjectsAsync(binding, request, cancellationToken);

    ApiRequest IRoleBindingStore.DeleteBindingRequest(string? ns, string name) => DeleteBindingRequest(ns, name);

    Task IRoleBindingStore.DeleteBindingAsync(string? ns, string name, ApiRequest request, CancellationToken cancellationToken) =>
        DeleteBindingAsync(ns, name, request, cancellationToken);
}
