using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Client.OpenShift;

/// <summary>
/// The four binding calls <see cref="RoleBindingEditor"/> needs: list a scope, create, replace the subjects (with the
/// binding's resourceVersion, so a concurrent change is a 409 Conflict) and delete. <see cref="OpenShiftClient"/> is
/// the real one; tests give a scripted one.
/// </summary>
internal interface IRoleBindingStore
{
    /// <summary>Every binding of the scope (null: the ClusterRoleBindings).</summary>
    Task<IReadOnlyList<OpenShiftRoleBinding>> ListBindingsAsync(string? ns, CancellationToken cancellationToken);

    /// <summary>Creates a binding; a taken name is a 409 AlreadyExists.</summary>
    Task<OpenShiftRoleBinding> CreateBindingAsync(string? ns, string name, string roleKind, string roleName, IReadOnlyList<OpenShiftSubject> subjects, CancellationToken cancellationToken);

    /// <summary>Replaces a binding's subjects, conditional on its resourceVersion.</summary>
    Task<OpenShiftRoleBinding> ReplaceSubjectsAsync(OpenShiftRoleBinding binding, IReadOnlyList<OpenShiftSubject> subjects, CancellationToken cancellationToken);

    /// <summary>Deletes a binding.</summary>
    Task DeleteBindingAsync(string? ns, string name, CancellationToken cancellationToken);
}
