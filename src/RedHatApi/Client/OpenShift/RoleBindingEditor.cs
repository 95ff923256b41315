using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Client.OpenShift;

/// <summary>
/// Gives a role to a subject or takes it away the way oc adm policy does, as a read-modify-write of the scope's
/// bindings: read them, change the one binding that needs it (PUT with its resourceVersion, POST, or DELETE), and when
/// the cluster answers 409 Conflict because someone changed the bindings in between, read them again and redo the
/// change, up to <see cref="MaxAttempts"/> times. A lost update is never possible: every PUT is conditional.
/// </summary>
/// <remarks>
/// Each change is offered to the caller's <c>confirm</c> first (a cmdlet's ShouldProcess, which must run on the
/// pipeline thread), so this helper resumes on the caller's context (<c>ConfigureAwait(true)</c>) on purpose.
/// </remarks>
internal sealed class RoleBindingEditor
{
    /// <summary>Reads of the bindings per subject, the first included, before a conflict is given up on.</summary>
    internal const int MaxAttempts = 3;

    private readonly IRoleBindingStore _store;
    private readonly string? _ns;
    private readonly string _roleKind;
    private readonly string _role;

    /// <summary>An editor of the bindings of one role in one scope.</summary>
    /// <param name="store">The cluster's binding calls.</param>
    /// <param name="ns">The bindings' namespace; null for ClusterRoleBindings.</param>
    /// <param name="roleKind">ClusterRole or Role.</param>
    /// <param name="role">The role's name.</param>
    internal RoleBindingEditor(IRoleBindingStore store, string? ns, string roleKind, string role)
    {
        _store = store;
        _ns = ns;
        _roleKind = roleKind;
        _role = role;
    }

    /// <summary>
    /// Gives the role to <paramref name="subject"/>: nothing when a binding of the role already holds it; else the
    /// subject is added to the first binding of the role in the scope; else a new binding is created, named
    /// <paramref name="bindingName"/> or, like oc, after the role (role-0, role-1... when that name is taken).
    /// </summary>
    /// <remarks>A conflict is retried only without <paramref name="bindingName"/>: a name the user chose that is taken stays an error.</remarks>
    internal async Task<RoleGrant> GrantAsync(OpenShiftSubject subject, string? bindingName, Func<RoleBindingChange, bool> confirm, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var bindings = await _store.ListBindingsAsync(_ns, cancellationToken).ConfigureAwait(true);
            var same = bindings.Where(SameRole).ToList();
            if (same.FirstOrDefault(b => b.Subjects.Any(s => s.SameAs(subject))) is { } holding)
            {
                return new RoleGrant(holding, alreadyHeld: true);
            }

            try
            {
                if (same.FirstOrDefault() is { } existing)
                {
                    var add = new RoleBindingChange(
                        RoleBindingChangeKind.AddSubject, _store.ReplaceSubjectsRequest(existing, existing.Subjects.Append(subject).ToList()), existing.Kind, existing.Name);
                    return confirm(add)
                        ? new RoleGrant(await _store.ReplaceSubjectsAsync(existing, add.Request, cancellationToken).ConfigureAwait(true), alreadyHeld: false)
                        : RoleGrant.Declined;
                }

                var name = bindingName ?? FreeName(bindings);
                var kind = _ns is null ? "ClusterRoleBinding" : "RoleBinding";
                var create = new RoleBindingChange(
                    RoleBindingChangeKind.CreateBinding, _store.CreateBindingRequest(_ns, name, _roleKind, _role, new[] { subject }), kind, name);
                return confirm(create)
                    ? new RoleGrant(await _store.CreateBindingAsync(_ns, name, create.Request, cancellationToken).ConfigureAwait(true), alreadyHeld: false)
                    : RoleGrant.Declined;
            }
            catch (RedHatApiException ex) when (IsConflict(ex) && attempt < MaxAttempts && bindingName is null)
            {
                LogSink.Verbose($"The bindings changed while granting ({ex.ApiErrorCode}); reading them again.");
            }
        }
    }

    /// <summary>
    /// Takes the role from <paramref name="subject"/>: it is removed from every binding of the role that holds it, and
    /// a binding left without subjects is deleted. Returns false when no binding held it at the first read (the
    /// caller's "not bound" error); a subject gone by a later read was removed by someone else, which is success.
    /// </summary>
    internal async Task<bool> RevokeAsync(OpenShiftSubject subject, Func<RoleBindingChange, bool> confirm, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var holding = (await _store.ListBindingsAsync(_ns, cancellationToken).ConfigureAwait(true))
                .Where(b => SameRole(b) && b.Subjects.Any(s => s.SameAs(subject)))
                .ToList();
            if (holding.Count == 0)
            {
                return attempt > 1;
            }

            try
            {
                foreach (var binding in holding)
                {
                    var rest = binding.Subjects.Where(s => !s.SameAs(subject)).ToList();
                    var change = rest.Count == 0
                        ? new RoleBindingChange(RoleBindingChangeKind.DeleteBinding, _store.DeleteBindingRequest(_ns, binding.Name), binding.Kind, binding.Name)
                        : new RoleBindingChange(RoleBindingChangeKind.RemoveSubject, _store.ReplaceSubjectsRequest(binding, rest), binding.Kind, binding.Name);
                    if (!confirm(change))
                    {
                        continue;
                    }

                    if (rest.Count == 0)
                    {
                        await _store.DeleteBindingAsync(_ns, binding.Name, change.Request, cancellationToken).ConfigureAwait(true);
                    }
                    else
                    {
                        await _store.ReplaceSubjectsAsync(binding, change.Request, cancellationToken).ConfigureAwait(true);
                    }
                }

                return true;
            }
            catch (RedHatApiException ex) when (IsConflict(ex) && attempt < MaxAttempts)
            {
                LogSink.Verbose($"The bindings changed while revoking ({ex.ApiErrorCode}); reading them again.");
            }
        }
    }

    /// <summary>409 Conflict: someone changed the binding between our read and our write (or took the name we chose).</summary>
    internal static bool IsConflict(RedHatApiException ex) =>
        ex.StatusCode == HttpStatusCode.Conflict && ex.ApiErrorCode is "Conflict" or "AlreadyExists";

    private bool SameRole(OpenShiftRoleBinding binding) => binding.RoleKind == _roleKind && binding.RoleName == _role;

    /// <summary>oc's naming: the role's name, else role-0, role-1... (a binding's roleRef cannot change, so a taken name needs another).</summary>
    private string FreeName(IReadOnlyList<OpenShiftRoleBinding> bindings)
    {
        var taken = new HashSet<string>(bindings.Select(b => b.Name), StringComparer.Ordinal);
        if (!taken.Contains(_role))
        {
            return _role;
        }

        for (var i = 0; ; i++)
        {
            var name = _role + "-" + i.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(name))
            {
                return name;
            }
        }
    }
}
