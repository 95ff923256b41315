using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Ironic;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Ironic;

namespace RedHatApi.Commands.Ironic;

/// <summary>
/// <para type="synopsis">Gets Ironic's ports (the NICs of nodes, by MAC address), all of them or those of one node or one address.</para>
/// <para type="description">Lists GET /v1/ports page by page, following each page's next link (limit and marker); a repeated marker stops with PagingLoopDetected. Each port has its Uuid, its MAC Address (what a CMDB joins on) and its NodeUuid.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "IronicPort", SupportsPaging = true)]
[OutputType(typeof(IronicPort))]
public sealed class GetIronicPortCommand : RedHatApiCmdlet
{
    /// <summary>Only the ports of this node (UUID or name); binds from piped nodes.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Uuid", "NodeUuid")]
    [ValidateNotNullOrEmpty]
    public string? Node { get; set; }

    /// <summary>Only the port with this MAC address.</summary>
    [Parameter]
    [Alias("MacAddress")]
    [ValidatePattern("^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$")]
    public string? Address { get; set; }

    /// <summary>Ports per request, 1 to 1000 (Ironic's default [api]max_limit, and the default here).</summary>
    [Parameter]
    [ValidateRange(1, IronicClient.PageCap)]
    public int PageSize { get; set; } = IronicClient.PageCap;

    /// <inheritdoc />
    protected override object? ErrorTarget => Node ?? Address;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = IronicClient.For(ResolveSession());
        var address = Address?.Replace('-', ':');
        await PerInputAsync(Node, () => WritePagedAsync((page, ct) => client.GetPortsPageAsync(page, Node, address, ct), PageSize, cancellationToken, null, IronicClient.PagingMode));
    }
}
