using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Ironic;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Ironic;

namespace RedHatApi.Commands.Ironic;

/// <summary>
/// <para type="synopsis">Gets Ironic's bare-metal nodes: all of them (filtered, paged by marker) or some by name or UUID.</para>
/// <para type="description">Lists GET /v1/nodes page by page, following each page's next link (limit and marker) and streaming nodes as pages arrive; a marker that repeats stops the listing with PagingLoopDetected. Filters go to the server. A -Name or -Uuid reads that node (IronicNodeNotFound for each one that does not exist).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "IronicNode", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(IronicNode))]
public sealed class GetIronicNodeCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string UuidSet = "Uuid";

    /// <summary>Node names (or UUIDs as text): each is read with GET /v1/nodes/{name}.</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Node UUIDs; binds from piped objects with a Uuid or NodeUuid property.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipelineByPropertyName = true)]
    [Alias("NodeUuid")]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <summary>Only nodes in this provision state (available, active, manageable, clean wait...).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? ProvisionState { get; set; }

    /// <summary>Only nodes in maintenance; -Maintenance:$false only those out of it.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Maintenance { get; set; }

    /// <summary>Only nodes with an instance; -Associated:$false only those without.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Associated { get; set; }

    /// <summary>Only nodes of this resource class.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? ResourceClass { get; set; }

    /// <summary>Only nodes of this hardware type (ipmi, redfish, fake-hardware...).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Driver { get; set; }

    /// <summary>Only nodes of this owner (microversion 1.50).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Owner { get; set; }

    /// <summary>Every field of each node (detail=true, microversion 1.43), in Fields.</summary>
    [Parameter]
    public SwitchParameter Detail { get; set; }

    /// <summary>Only these fields, by Ironic's names (microversion 1.8); uuid is always added.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Fields { get; set; }

    /// <summary>Nodes per request, 1 to 1000 (Ironic's default [api]max_limit, and the default here).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, IronicClient.PageCap)]
    public int PageSize { get; set; } = IronicClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = IronicClient.For(ResolveSession());
        if (ParameterSetName == UuidSet || Name is { Length: > 0 })
        {
            await ForEachInputAsync(
                ParameterSetName == UuidSet ? Uuid.Select(u => u.ToString()) : Name!,
                async ident => WriteObject(await client.GetNodeAsync(ident, Fields, cancellationToken)));

            return;
        }

        var filter = new IronicNodeFilter
        {
            ProvisionState = ProvisionState,
            Maintenance = IsBound(nameof(Maintenance)) ? Maintenance.IsPresent : null,
            Associated = IsBound(nameof(Associated)) ? Associated.IsPresent : null,
            ResourceClass = ResourceClass,
            Driver = Driver,
            Owner = Owner,
            Detail = Detail,
            Fields = Fields,
        };
        await WritePagedAsync(
            (page, ct) => client.GetNodesPageAsync(page, filter, ct),
            PageSize,
            cancellationToken,
            null,
            IronicClient.PagingMode);
    }

    private bool IsBound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
}
