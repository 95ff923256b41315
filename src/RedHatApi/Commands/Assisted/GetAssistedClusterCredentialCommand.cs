using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the kubeadmin login and console URL of installed Assisted Installer clusters.</para>
/// <para type="description">GET /v2/clusters/{id}/credentials. The password is returned only inside a PSCredential. Before the installation has reached finalizing there are none: that is a AssistedClusterCredentialsNotAvailable error naming the cluster's state.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedClusterCredential")]
[OutputType(typeof(AssistedClusterCredential))]
public sealed class GetAssistedClusterCredentialCommand : AssistedClusterCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachClusterAsync(async id =>
        {
            var login = await client.GetCredentialsAsync(id, cancellationToken);
            WriteObject(new AssistedClusterCredential(id, new PSCredential(login.UserName, login.Password), login.ConsoleUrl));
        });
    }
}
