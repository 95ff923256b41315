using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the install-config.yaml of Assisted Installer clusters, and the overrides set on it.</para>
/// <para type="description">GET /v2/clusters/{id}/install-config (the YAML the service will give the OpenShift installer, overrides applied) and the cluster's install_config_overrides. -Raw outputs the YAML text alone.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedInstallConfig")]
[OutputType(typeof(AssistedInstallConfig), typeof(string))]
public sealed class GetAssistedInstallConfigCommand : AssistedClusterCommand
{
    /// <summary>Outputs the YAML text only.</summary>
    [Parameter]
    public SwitchParameter Raw { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachClusterAsync(async id =>
        {
            var config = await client.GetInstallConfigAsync(id, cancellationToken);
            WriteObject(Raw ? config.Content : config);
        });
    }
}
