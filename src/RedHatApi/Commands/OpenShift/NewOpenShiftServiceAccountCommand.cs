using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Creates service accounts in a namespace, like oc create serviceaccount.</para>
/// <para type="description">POST /api/v1/namespaces/{namespace}/serviceaccounts for each name. A name that is taken is an OpenShiftAlreadyExists error, an invalid one OpenShiftInvalid; the other names go on.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "OpenShiftServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OpenShiftServiceAccount))]
public sealed class NewOpenShiftServiceAccountCommand : OpenShiftCmdlet
{
    /// <summary>Names of the service accounts (lowercase DNS names, such as robot or ci-deployer).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = System.Array.Empty<string>();

    /// <summary>The namespace; default the kubeconfig context's, else "default".</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftNamespaceCompleter))]
    public string? Namespace { get; set; }

    /// <summary>Labels to set, as a hashtable: @{ app = 'ci' }.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Label { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var ns = client.NamespaceOrDefault(Namespace);
        var labels = Label?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString() ?? string.Empty);
        foreach (var name in Name)
        {
            var request = client.CreateServiceAccountRequest(ns, name, labels);
            if (!ShouldProcessRequest(request, $"Create service account {ns}/{name}"))
            {
                continue;
            }

            await PerInputAsync(name, async () => WriteObject(await client.CreateServiceAccountAsync(ns, name, request, cancellationToken)));
        }
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => Namespace;
}
