using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Deletes service accounts; every token they were given stops working.</para>
/// <para type="description">DELETE /api/v1/namespaces/{namespace}/serviceaccounts/{name} for each name. Takes the output of Get-OpenShiftServiceAccount from the pipeline. A missing account is an OpenShiftObjectNotFound error and the others go on.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "OpenShiftServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveOpenShiftServiceAccountCommand : OpenShiftCmdlet
{
    /// <summary>Names of the service accounts; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftServiceAccountCompleter))]
    public string[] Name { get; set; } = System.Array.Empty<string>();

    /// <summary>The namespace; default the kubeconfig context's, else "default". Binds by property name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftNamespaceCompleter))]
    public string? Namespace { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var ns = client.NamespaceOrDefault(Namespace);
        foreach (var name in Name)
        {
            var request = client.DeleteServiceAccountRequest(ns, name);
            if (!ShouldProcessRequest(request, $"Delete service account {ns}/{name} and revoke its tokens"))
            {
                continue;
            }

            await PerInputAsync(name, () => client.DeleteServiceAccountAsync(ns, name, request, cancellationToken));
        }
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => Namespace;
}
