using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Client.OpenShift;

/// <summary>
/// The four binding calls <see cref="RoleBindingEditor"/> needs: list a scope, create, replace the subjects (with the
/// binding's resourceVersion, so a concurrent change is a 409 Conflict) and delete. Each write is built first as a
/// request value, which the caller confirms (-WhatIf shows it) and then hands back to be sent as it is.
/// <see cref="OpenShiftClient"/> is the real one; tests give a scripted one.
/// </summary>
internal interface IRoleBindingStore
{
    /// <summary>Every binding of the scope (null: the ClusterRoleBindings).</summary>
    Task<IReadOnlyList<OpenShiftRoleBinding>> ListBindingsAsync(string? ns, CancellationToken cancellationToken);

    /// <summary>The POST that creates a binding of the role for <paramref name="subjects"/>.</summary>
    ApiRequest CreateBindingRequest(string? ns, string name, string roleKind, string roleName, IReadOnlyList<OpenShiftSubject> subjects);

    /// <summary>Sends <paramref name="request"/> (from <see cref="CreateBindingRequest"/>); a taken name is a 409 AlreadyExists.</summary>
    Task<OpenShiftRoleBinding> CreateBindingAsync(string? ns, string name, ApiRequest request, CancellationToken cancellationToken);

    /// <summary>The PUT that replaces a binding's subjects, conditional on its resourceVersion.</summary>
    ApiRequest ReplaceSubjectsRequest(OpenShiftRoleBinding binding, IReadOnlyList<OpenShiftSubject> subjects);

    /// <summary>Sends <paramref name="request"/> (from <see cref="ReplaceSubjectsRequest"/>); a stale resourceVersion is a 409 Conflict.</summary>
    Task<OpenShiftRoleBinding> ReplaceSubjectsAsync(OpenShiftRoleBinding binding, ApiRequest request, CancellationToken cancellationToken);

    /// <summary>The DELETE of a binding.</summary>
    ApiRequest DeleteBindingRequest(string? ns, string name);

    /// <summary>Sends <paramref name="request"/> (from <see cref="DeleteBindingRequest"/>).</summary>
    Task DeleteBindingAsync(string? ns, string name, ApiRequest request, CancellationToken cancellationToken);
}
