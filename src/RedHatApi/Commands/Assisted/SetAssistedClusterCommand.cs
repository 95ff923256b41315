using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Changes properties of Assisted Installer clusters.</para>
/// <para type="description">PATCH /v2/clusters/{id} whose body holds exactly the parameters given, nothing else, so unchanged properties are never overwritten.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "AssistedCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedCluster))]
public sealed class SetAssistedClusterCommand : AssistedClusterCommand
{
    /// <summary>A new cluster name.</summary>
    [Parameter]
    [ValidatePattern("^[a-z]([-a-z0-9]*[a-z0-9])?$")]
    [ValidateLength(1, 54)]
    public string? Name { get; set; }

    /// <summary>A new base DNS domain.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? BaseDnsDomain { get; set; }

    /// <summary>A new pull secret as a SecureString.</summary>
    [Parameter]
    [ValidateNotNull]
    public SecureString? PullSecret { get; set; }

    /// <summary>A new pull secret from the file downloaded from console.redhat.com.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? PullSecretPath { get; set; }

    /// <summary>A new SSH public key for debugging the nodes.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? SshPublicKey { get; set; }

    /// <summary>API virtual IPs (one per IP family).</summary>
    [Parameter]
    [AllowEmptyCollection]
    public string[]? ApiVip { get; set; }

    /// <summary>Ingress virtual IPs (one per IP family).</summary>
    [Parameter]
    [AllowEmptyCollection]
    public string[]? IngressVip { get; set; }

    /// <summary>Proxy for HTTP connections out of the cluster.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? HttpProxy { get; set; }

    /// <summary>Proxy for HTTPS connections out of the cluster.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? HttpsProxy { get; set; }

    /// <summary>Destinations that bypass the proxy (comma-separated, or *).</summary>
    [Parameter]
    [AllowEmptyString]
    public string? NoProxy { get; set; }

    /// <summary>Let workloads run on control-plane nodes (-SchedulableMasters:$false turns it off).</summary>
    [Parameter]
    public SwitchParameter SchedulableMasters { get; set; }

    /// <summary>Outputs the updated cluster.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        if (PullSecret is not null && PullSecretPath is not null)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.InvalidPullSecret, "give -PullSecret or -PullSecretPath, not both"));
        }

        var changes = Changes();
        var fields = AssistedClient.FieldsOf(changes);
        if (fields.Count == 0)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.AssistedNothingToChange);
        }

        await ForEachClusterAsync(async id =>
        {
            var request = client.UpdateClusterRequest(id, changes);
            if (ShouldProcessRequest(request, "Set " + string.Join(", ", fields) + " of Assisted cluster " + id.ToString("D")))
            {
                var updated = await client.UpdateClusterAsync(id, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(updated);
                }
            }
        });
    }

    /// <summary>
    /// The PATCH body: one field per parameter the user bound, named as the API's v2-cluster-update-params. An
    /// unbound parameter stays null and is left out, so the service keeps its value.
    /// </summary>
    private AssistedClusterUpdateWire Changes()
    {
        var bound = MyInvocation.BoundParameters;
        T? If<T>(string parameter, Func<T> value) => bound.ContainsKey(parameter) ? value() : default;
        return new AssistedClusterUpdateWire
        {
            Name = If(nameof(Name), () => Name),
            BaseDnsDomain = If(nameof(BaseDnsDomain), () => BaseDnsDomain),
            PullSecret = If(nameof(PullSecret), () => PullSecretReader.Read(this, PullSecret, null))
                ?? If(nameof(PullSecretPath), () => PullSecretReader.Read(this, null, PullSecretPath)),
            SshPublicKey = If(nameof(SshPublicKey), () => SshPublicKey ?? string.Empty),
            ApiVips = If(nameof(ApiVip), () => Vips(ApiVip)),
            IngressVips = If(nameof(IngressVip), () => Vips(IngressVip)),
            HttpProxy = If(nameof(HttpProxy), () => HttpProxy ?? string.Empty),
            HttpsProxy = If(nameof(HttpsProxy), () => HttpsProxy ?? string.Empty),
            NoProxy = If(nameof(NoProxy), () => NoProxy ?? string.Empty),
            SchedulableMasters = If<bool?>(nameof(SchedulableMasters), () => SchedulableMasters.IsPresent),
        };
    }

    private static List<AssistedVipWire> Vips(string[]? ips) =>
        (ips ?? Array.Empty<string>()).Select(ip => new AssistedVipWire { Ip = ip }).ToList();
}
