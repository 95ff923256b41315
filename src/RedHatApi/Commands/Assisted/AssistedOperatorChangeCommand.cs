using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// Base of Enable- and Disable-AssistedOperator. The API has no call per operator: the cluster update's
/// olm_operators is the whole list the cluster is to have. So each cluster's operators are read first, the new list
/// is computed from them, and -WhatIf shows the PATCH with that list.
/// </summary>
public abstract class AssistedOperatorChangeCommand : AssistedClusterCommand
{
    /// <summary>Operator names (lvm, odf, cnv, mce…), as Get-AssistedSupportedOperator lists them.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedOperatorNameCompleter))]
    public string[] Name { get; set; } = Array.Empty<string>();

    /// <summary>Outputs the cluster's operators after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The operators to add, with the properties JSON each is enabled with (null keeps an enabled one's).</summary>
    private protected abstract IReadOnlyDictionary<string, string?> Enabled();

    /// <summary>The operators to take out.</summary>
    private protected abstract IReadOnlyList<string> Disabled();

    /// <summary>Checks the cluster's current operators; false (after writing the error) stops this cluster.</summary>
    private protected virtual bool Check(Guid clusterId, IReadOnlyList<Models.Assisted.AssistedClusterOperator> current) => true;

    /// <summary>"enable lvm" / "disable odf" for the -WhatIf text.</summary>
    private protected abstract string Describe();

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var enable = Enabled();
        var disable = Disabled();
        await ForEachClusterAsync(async id =>
        {
            var current = await client.GetClusterOperatorsAsync(id, cancellationToken);
            if (!Check(id, current))
            {
                return;
            }

            var wanted = AssistedClient.OlmOperatorsAfter(current, enable, disable);
            var request = client.UpdateOlmOperatorsRequest(id, wanted);
            var names = wanted.OlmOperators.Count == 0 ? Strings.AssistedNone : string.Join(", ", wanted.OlmOperators.Select(o => o.Name));
            if (ShouldProcessRequest(request, Text.Format(Strings.AssistedOperatorsAction, id, names, Describe())))
            {
                var after = await client.UpdateOlmOperatorsAsync(id, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(after, enumerateCollection: true);
                }
            }
        });
    }
}
