using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the validations Assisted Installer clusters are told to ignore.</para>
/// <para type="description">GET /v2/clusters/{id}/ignored-validations: the cluster validation ids and host validation ids whose failure does not block the installation ("all" ignores every one that can be ignored).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedIgnoredValidation")]
[OutputType(typeof(AssistedIgnoredValidation))]
public sealed class GetAssistedIgnoredValidationCommand : AssistedClusterCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachClusterAsync(async id => WriteObject(await client.GetIgnoredValidationsAsync(id, cancellationToken)));
    }
}
