using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the base DNS domains the Assisted Installer manages for clusters.</para>
/// <para type="description">GET /v2/domains: domains (and their DNS provider) a cluster can use as -BaseDnsDomain without setting up DNS records itself.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedManagedDomain")]
[OutputType(typeof(AssistedManagedDomain))]
public sealed class GetAssistedManagedDomainCommand : RedHatApiCmdlet
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken) =>
        WriteObject(await AssistedClient.For(ResolveSession()).GetManagedDomainsAsync(cancellationToken), enumerateCollection: true);
}
