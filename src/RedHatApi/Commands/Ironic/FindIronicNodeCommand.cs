using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Ironic;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Ironic;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Ironic;

/// <summary>
/// <para type="synopsis">Finds a node the way ironic-python-agent does: Ironic's agent lookup by MAC addresses or node UUID.</para>
/// <para type="description">Sends GET /v1/lookup at microversion 1.62 (capped at the server's maximum, never below 1.22) and returns the node, its agent config and the agent token. Ironic shows the real token on the node's first lookup only; the session keeps it for Send-IronicHeartbeat and later lookups return the kept one. No match is IronicNodeNotFound; with -TimeoutSec the lookup is repeated with IPA's random exponential backoff (1 s up to 60 s) until a node matches or the time is up.</para>
/// </summary>
[Cmdlet(VerbsCommon.Find, "IronicNode", DefaultParameterSetName = UuidSet)]
[OutputType(typeof(IronicAgentNode))]
public sealed class FindIronicNodeCommand : RedHatApiCmdlet
{
    private const string MacSet = "MacAddress";
    private const string UuidSet = "NodeUuid";

    /// <summary>MAC addresses of the machine's NICs (aa:bb:cc:dd:ee:ff or aa-bb-cc-dd-ee-ff); any one that matches a port finds its node.</summary>
    [Parameter(Mandatory = true, ParameterSetName = MacSet, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Address")]
    [ValidateNotNullOrEmpty]
    [ValidatePattern("^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$")]
    public string[] MacAddress { get; set; } = Array.Empty<string>();

    /// <summary>The node's UUID (with -MacAddress, both must match).</summary>
    [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = MacSet)]
    [Alias("Uuid")]
    public Guid? NodeUuid { get; set; }

    /// <summary>Keeps looking for this many seconds while no node matches (or Ironic cannot be reached), as IPA does at boot; 0 (the default) looks once.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int TimeoutSec { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => NodeUuid?.ToString() ?? string.Join(",", MacAddress);

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = IronicClient.For(ResolveSession());
        var macs = MacAddress.Select(m => m.Replace('-', ':').ToLowerInvariant()).Distinct().ToList();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(TimeoutSec);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                WriteObject(await client.LookupAsync(macs, NodeUuid, cancellationToken));
                return;
            }
            catch (RedHatApiException ex) when (TimeoutSec > 0 && (ex.ErrorId == ErrorIds.IronicNodeNotFound || IronicClient.IsUnreachable(ex)))
            {
                var left = deadline - DateTimeOffset.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw;
                }

                var pause = IronicPauses.Lookup(attempt, client.State.Random);
                pause = pause < left ? pause : left;
                WriteVerbose(Text.Format(Strings.IronicLookupRetry, ErrorTarget, ex.ErrorId, attempt + 1, pause.TotalSeconds));
                await client.State.Delay(pause, cancellationToken);
            }
        }
    }
}
