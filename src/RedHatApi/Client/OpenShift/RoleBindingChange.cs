using RedHatApi.Models.OpenShift;

namespace RedHatApi.Client.OpenShift;

/// <summary>What a <see cref="RoleBindingEditor"/> change does to a binding.</summary>
internal enum RoleBindingChangeKind
{
    /// <summary>PUT: the subject joins an existing binding of the role.</summary>
    AddSubject,

    /// <summary>POST: a new binding of the role for the subject.</summary>
    CreateBinding,

    /// <summary>PUT: the subject leaves a binding that keeps other subjects.</summary>
    RemoveSubject,

    /// <summary>DELETE: the subject was the binding's last one.</summary>
    DeleteBinding,
}

/// <summary>One change a <see cref="RoleBindingEditor"/> is about to send, for the caller to confirm.</summary>
internal sealed class RoleBindingChange
{
    internal RoleBindingChange(RoleBindingChangeKind kind, ApiRequest request, string bindingKind, string bindingName)
    {
        Kind = kind;
        Request = request;
        BindingKind = bindingKind;
        BindingName = bindingName;
    }

    /// <summary>What the change does.</summary>
    internal RoleBindingChangeKind Kind { get; }

    /// <summary>The request it sends once confirmed: the value the confirmation shows is the one that goes out.</summary>
    internal ApiRequest Request { get; }

    /// <summary>RoleBinding or ClusterRoleBinding.</summary>
    internal string BindingKind { get; }

    /// <summary>The binding's name.</summary>
    internal string BindingName { get; }
}

/// <summary>How a grant ended: the binding that now holds the subject (and whether it already did), or nothing when the change was declined.</summary>
internal readonly struct RoleGrant
{
    internal RoleGrant(OpenShiftRoleBinding? binding, bool alreadyHeld)
    {
        Binding = binding;
        AlreadyHeld = alreadyHeld;
    }

    /// <summary>A grant whose change the caller declined (-WhatIf, a "no" to -Confirm).</summary>
    internal static RoleGrant Declined => default;

    /// <summary>The binding that holds the subject; null when declined.</summary>
    internal OpenShiftRoleBinding? Binding { get; }

    /// <summary>True when the subject already had the role and nothing was sent.</summary>
    internal bool AlreadyHeld { get; }
}
