using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Console;
using RedHatApi.Cmdlets;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Console;

/// <summary>
/// <para type="synopsis">Deletes hosts from the console.redhat.com inventory, by id only.</para>
/// <para type="description">Deletes each host (DELETE /api/inventory/v1/hosts/{id}). Only ids are accepted: the
/// API's filter-based bulk delete is never used, so a mistyped filter cannot empty the inventory. Asks for
/// confirmation (ConfirmImpact High); -WhatIf shows each request.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "RedHatInventoryHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRedHatInventoryHostCommand : RedHatApiCmdlet
{
    /// <summary>Inventory ids of the hosts to delete; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("HostId", "InventoryId")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.InventoryHostIdCompleter))]
    public Guid[] Id { get; set; } = Array.Empty<Guid>();

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ConsoleClient.For(ResolveSession());
        foreach (var id in Id)
        {
            var request = client.RemoveHostRequest(id);
            if (!ShouldProcessRequest(request, Text.Format(Strings.InventoryHostRemoveAction, id)))
            {
                continue;
            }

            await PerInputAsync(id, () => client.RemoveHostAsync(id, request, cancellationToken));
        }
    }
}
