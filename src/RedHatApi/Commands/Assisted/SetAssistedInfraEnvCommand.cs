using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Changes Assisted Installer infra-envs: SSH key, proxy, NTP, static network configuration, image type, kernel arguments, ignition override.</para>
/// <para type="description">PATCH /v2/infra-envs/{id} (201) whose body holds exactly the parameters given; the service rebuilds the discovery image, so hosts that boot it afterwards get the new settings (hosts already running keep theirs). Download the image again (Save-AssistedDiscoveryIso) after a change. Proxy passwords are never shown: the output masks them.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "AssistedInfraEnv", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedInfraEnv))]
public sealed class SetAssistedInfraEnvCommand : AssistedInfraEnvCommand
{
    /// <summary>The SSH public key the discovery image lets in (core user); an empty string removes it.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? SshAuthorizedKey { get; set; }

    /// <summary>Proxy URL for HTTP (http://user:password@host:port); an empty string removes it.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? HttpProxy { get; set; }

    /// <summary>Proxy URL for HTTPS; an empty string removes it.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? HttpsProxy { get; set; }

    /// <summary>Destinations reached without the proxy: domains, addresses, CIDRs, or * for all.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? NoProxy { get; set; }

    /// <summary>The only NTP sources (names or addresses) the hosts use; an empty list removes the setting.</summary>
    [Parameter]
    [AllowEmptyCollection]
    public string[]? NtpSource { get; set; }

    /// <summary>NTP sources added to the ones the hosts already have; an empty list removes them.</summary>
    [Parameter]
    [AllowEmptyCollection]
    public string[]? AdditionalNtpSource { get; set; }

    /// <summary>One hashtable per host: NetworkYaml (nmstate YAML) and MacInterfaceMap (@{ MAC = interface name }); the list replaces the infra-env's.</summary>
    [Parameter]
    [AllowEmptyCollection]
    public Hashtable[]? StaticNetworkConfig { get; set; }

    /// <summary>minimal-iso (boots from the network), full-iso (self-contained) or disconnected-iso.</summary>
    [Parameter]
    [ValidateSet("full-iso", "minimal-iso", "disconnected-iso")]
    public string? ImageType { get; set; }

    /// <summary>Kernel arguments appended when the discovery image boots (for example rd.net.timeout.carrier=60); the list replaces the infra-env's, an empty list clears it.</summary>
    [Parameter]
    [AllowEmptyCollection]
    public string[]? KernelArgument { get; set; }

    /// <summary>An ignition config (JSON) merged into the discovery image's ignition.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? IgnitionConfigOverride { get; set; }

    /// <summary>Outputs the updated infra-env.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var changes = Changes();
        var fields = AssistedClient.FieldsOf(changes);
        if (fields.Count == 0)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.AssistedNothingToChangeInfraEnv);
        }

        await ForEachInfraEnvAsync(async id =>
        {
            var request = client.UpdateInfraEnvRequest(id, changes);
            if (ShouldProcessRequest(request, "Set " + string.Join(", ", fields) + " of Assisted infra-env " + id.ToString("D")))
            {
                var updated = await client.UpdateInfraEnvAsync(id, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(updated);
                }
            }
        });
    }

    /// <summary>The PATCH body (infra-env-update-params): one field per parameter the user bound, nothing else.</summary>
    private AssistedInfraEnvUpdateWire Changes()
    {
        var bound = MyInvocation.BoundParameters;
        var proxy = bound.ContainsKey(nameof(HttpProxy)) || bound.ContainsKey(nameof(HttpsProxy)) || bound.ContainsKey(nameof(NoProxy))
            ? new AssistedProxyWire { HttpProxy = HttpProxy, HttpsProxy = HttpsProxy, NoProxy = NoProxy }
            : null;
        if (IgnitionConfigOverride is not null && AssistedClient.JsonObjectProblem(IgnitionConfigOverride) is { } problem)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.AssistedIgnitionNotJson, nameof(IgnitionConfigOverride), problem));
        }

        return new AssistedInfraEnvUpdateWire
        {
            SshAuthorizedKey = bound.ContainsKey(nameof(SshAuthorizedKey)) ? SshAuthorizedKey ?? string.Empty : null,
            Proxy = proxy,
            NtpSources = bound.ContainsKey(nameof(NtpSource)) ? string.Join(",", NtpSource ?? System.Array.Empty<string>()) : null,
            AdditionalNtpSources = bound.ContainsKey(nameof(AdditionalNtpSource)) ? string.Join(",", AdditionalNtpSource ?? System.Array.Empty<string>()) : null,
            StaticNetworkConfig = bound.ContainsKey(nameof(StaticNetworkConfig)) ? (StaticNetworkConfig ?? System.Array.Empty<Hashtable>()).Select(StaticNetwork).ToList() : null,
            ImageType = ImageType,
            KernelArguments = bound.ContainsKey(nameof(KernelArgument))
                ? (KernelArgument ?? System.Array.Empty<string>()).Select(a => new AssistedKernelArgumentWire { Operation = "append", Value = a }).ToList()
                : null,
            IgnitionConfigOverride = IgnitionConfigOverride,
        };
    }

    /// <summary>One -StaticNetworkConfig hashtable as host_static_network_config; a malformed one is InvalidParameter before anything is sent.</summary>
    private static AssistedStaticNetworkWire StaticNetwork(Hashtable entry, int index)
    {
        var yaml = Value(entry, "NetworkYaml") as string;
        var map = Value(entry, "MacInterfaceMap") as IDictionary;
        if (string.IsNullOrWhiteSpace(yaml) || map is null || map.Count == 0)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.AssistedStaticNetworkInvalid, index + 1));
        }

        return new AssistedStaticNetworkWire
        {
            NetworkYaml = yaml,
            MacInterfaceMap = map.Keys.Cast<object>()
                .Select(mac => new AssistedMacInterfaceWire { MacAddress = mac.ToString(), LogicalNicName = Value(map, mac)?.ToString() })
                .OrderBy(m => m.MacAddress, System.StringComparer.OrdinalIgnoreCase)
                .ToList(),
        };
    }

    private static object? Value(IDictionary table, object key) => table[key] is PSObject wrapped ? wrapped.BaseObject : table[key];
}
