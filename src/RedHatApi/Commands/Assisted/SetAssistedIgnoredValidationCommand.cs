using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Sets the validations Assisted Installer clusters ignore.</para>
/// <para type="description">PUT /v2/clusters/{id}/ignored-validations. The list you give replaces that kind's list (an empty array clears it); the other kind keeps its current list, read first. "all" ignores every validation of that kind that can be ignored. The service refuses unknown ids and those an installation cannot do without (AssistedRequestInvalid).</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "AssistedIgnoredValidation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedIgnoredValidation))]
public sealed class SetAssistedIgnoredValidationCommand : AssistedClusterCommand
{
    /// <summary>Cluster validation ids to ignore (as Get-AssistedCluster's Validations name them), or all; an empty array clears the list.</summary>
    [Parameter]
    [AllowEmptyCollection]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterValidationIdCompleter))]
    public string[]? ClusterValidationId { get; set; }

    /// <summary>Host validation ids to ignore for every host of the cluster, or all; an empty array clears the list.</summary>
    [Parameter]
    [AllowEmptyCollection]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedHostValidationIdCompleter))]
    public string[]? HostValidationId { get; set; }

    /// <summary>Outputs the lists as the service keeps them.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (ClusterValidationId is null && HostValidationId is null)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.AssistedIgnoredValidationsNothing);
        }

        var client = AssistedClient.For(ResolveSession());
        await ForEachClusterAsync(async id =>
        {
            IReadOnlyList<string>? clusterIds = ClusterValidationId;
            IReadOnlyList<string>? hostIds = HostValidationId;
            if (clusterIds is null || hostIds is null)
            {
                var current = await client.GetIgnoredValidationsAsync(id, cancellationToken);
                clusterIds ??= current.ClusterValidationIds;
                hostIds ??= current.HostValidationIds;
            }

            var request = client.SetIgnoredValidationsRequest(id, clusterIds, hostIds);
            if (ShouldProcessRequest(request, Text.Format(Strings.AssistedIgnoredValidationsAction, id, string.Join(", ", clusterIds), string.Join(", ", hostIds))))
            {
                var result = await client.SetIgnoredValidationsAsync(id, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(result);
                }
            }
        });
    }
}
