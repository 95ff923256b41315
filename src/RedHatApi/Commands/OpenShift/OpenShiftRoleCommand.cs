using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;
using RedHatApi.Properties;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// What Grant- and Revoke-OpenShiftRole share: the role (-Role, -RoleKind), the subjects (-ServiceAccount, -User or
/// -Group) and the scope (-Namespace: a RoleBinding there; -ClusterWide: a ClusterRoleBinding).
/// </summary>
public abstract class OpenShiftRoleCommand : OpenShiftCmdlet
{
    private protected const string ServiceAccountSet = "ServiceAccount";
    private protected const string UserSet = "User";
    private protected const string GroupSet = "Group";

    /// <summary>The role's name: a ClusterRole (view, edit, admin, cluster-admin...) or, with -RoleKind Role, a Role of the namespace.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Role { get; set; } = string.Empty;

    /// <summary>ClusterRole (default) or Role (a namespaced role; not with -ClusterWide).</summary>
    [Parameter]
    [ValidateSet("ClusterRole", "Role")]
    public string RoleKind { get; set; } = "ClusterRole";

    /// <summary>Service account names, in -Namespace. Binds by property name from Get-OpenShiftServiceAccount (its Name).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ServiceAccountSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Name")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftServiceAccountCompleter))]
    public string[] ServiceAccount { get; set; } = Array.Empty<string>();

    /// <summary>User names (as Get-OpenShiftCurrentUser shows them).</summary>
    [Parameter(Mandatory = true, ParameterSetName = UserSet)]
    [ValidateNotNullOrEmpty]
    public string[] User { get; set; } = Array.Empty<string>();

    /// <summary>Group names (system:authenticated, a team's group...).</summary>
    [Parameter(Mandatory = true, ParameterSetName = GroupSet)]
    [ValidateNotNullOrEmpty]
    public string[] Group { get; set; } = Array.Empty<string>();

    /// <summary>The namespace of the RoleBinding, and of the service accounts; default the kubeconfig context's, else "default".</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftNamespaceCompleter))]
    public string? Namespace { get; set; }

    /// <summary>A ClusterRoleBinding (the role in every namespace) instead of a RoleBinding in -Namespace.</summary>
    [Parameter]
    public SwitchParameter ClusterWide { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Role;

    /// <summary>The binding's namespace: null for -ClusterWide. Throws for a Role bound cluster-wide (the API would 422).</summary>
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var ns = BindingNamespace(client);
        foreach (var subject in Subjects(client))
        {
            // One subject's failure (not bound, invalid) is written and the other subjects go on.
            await PerInputAsync(subject.Name, () => ApplyAsync(client, ns, subject, cancellationToken));
        }
    }

    /// <summary>Grants or revokes the role for one subject in the binding scope <paramref name="ns"/> (null: cluster-wide).</summary>
    private protected abstract Task ApplyAsync(OpenShiftClient client, string? ns, OpenShiftSubject subject, CancellationToken cancellationToken);

    private protected string? BindingNamespace(OpenShiftClient client)
    {
        if (ClusterWide && RoleKind == "Role")
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.OpenShiftRoleKindClusterWide, Role));
        }

        return ClusterWide ? null : client.NamespaceOrDefault(Namespace);
    }

    /// <summary>The subjects of this call, with the name each error should carry as target.</summary>
    private protected IReadOnlyList<OpenShiftSubject> Subjects(OpenShiftClient client) => ParameterSetName switch
    {
        ServiceAccountSet => ServiceAccount.Select(n => new OpenShiftSubject("ServiceAccount", n, client.NamespaceOrDefault(Namespace))).ToList(),
        UserSet => User.Select(n => new OpenShiftSubject("User", n, null)).ToList(),
        _ => Group.Select(n => new OpenShiftSubject("Group", n, null)).ToList(),
    };

    /// <summary>"the namespace ci" or "the cluster scope", for messages.</summary>
    private protected static string ScopeText(string? ns) => ns is null ? "the cluster scope (ClusterRoleBinding)" : $"the namespace {ns} (RoleBinding)";

    /// <summary>The editor of this role's bindings in the scope <paramref name="ns"/> (null: cluster-wide).</summary>
    private protected RoleBindingEditor Editor(OpenShiftClient client, string? ns) => new(client, ns, RoleKind, Role);

    /// <summary>ShouldProcess for one change the editor is about to send: its method and URL, and what it does for the subject.</summary>
    private protected bool Confirm(RoleBindingChange change, OpenShiftSubject subject)
    {
        var binding = change.BindingKind + " " + change.BindingName;
        var action = change.Kind switch
        {
            RoleBindingChangeKind.AddSubject => $"Add {subject} to {binding} ({RoleKind} {Role})",
            RoleBindingChangeKind.CreateBinding => $"Create {binding} giving {RoleKind} {Role} to {subject}",
            RoleBindingChangeKind.RemoveSubject => $"Remove {subject} from {binding} ({RoleKind} {Role})",
            _ => $"Delete {binding}: {subject} was its last subject ({RoleKind} {Role})",
        };
        return ShouldProcessRequest(change.Request, action);
    }
}
