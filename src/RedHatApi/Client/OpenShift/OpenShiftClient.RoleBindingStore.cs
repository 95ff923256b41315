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

    Task<OpenShiftRoleBinding> IRoleBindingStore.CreateBindingAsync(string? ns, string name, string roleKind, string roleName, IReadOnlyList<OpenShiftSubject> subjects, CancellationToken cancellationToken) =>
        CreateBindingAsync(ns, name, roleKind, roleName, subjects, cancellationToken);

    Task<OpenShiftRoleBinding> IRoleBindingStore.ReplaceSubjectsAsync(OpenShiftRoleBinding binding, IReadOnlyList<OpenShiftSubject> subjects, CancellationToken cancellationToken) =>
        ReplaceSubjectsAsync(binding, subjects, cancellationToken);

    Task IRoleBindingStore.DeleteBindingAsync(string? ns, string name, CancellationToken cancellationToken) =>
        DeleteBindingAsync(ns, name, cancellationToken);
}
