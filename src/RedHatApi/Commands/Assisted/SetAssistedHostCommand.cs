using System;
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
/// <para type="synopsis">Sets the role, host name, installation disk, machine config pool, installer arguments or ignition override of Assisted Installer hosts.</para>
/// <para type="description">PATCH /v2/infra-envs/{id}/hosts/{host_id} whose body holds exactly the host parameters given (role, name, disk, pool); -InstallerArgument is PATCH …/installer-args and -Ignition PATCH …/ignition, each its own request that -WhatIf shows. -InstallationDisk takes a disk's name, path or id and is checked against the host's inventory before anything is sent. Only hosts that have not started installing can change (else AssistedHostStateConflict naming the host's state).</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "AssistedHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedHost))]
public sealed class SetAssistedHostCommand : AssistedHostCommand
{
    /// <summary>master (control plane), worker, arbiter, or auto-assign (the service decides).</summary>
    [Parameter]
    [ValidateSet("master", "worker", "arbiter", "auto-assign")]
    public string? HostRole { get; set; }

    /// <summary>The host name the node gets (a lower-case RFC 1123 name).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? HostName { get; set; }

    /// <summary>The disk the installation writes to: its name (vda), path (/dev/vda) or id (/dev/disk/by-path/…), from the host's Disks.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? InstallationDisk { get; set; }

    /// <summary>The machine config pool the node joins (day-2 workers with their own pool).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? MachineConfigPool { get; set; }

    /// <summary>Extra coreos-installer arguments; the list replaces the host's, and an empty list clears it.</summary>
    [Parameter]
    [AllowEmptyCollection]
    public string[]? InstallerArgument { get; set; }

    /// <summary>An ignition config (JSON) merged into the host's ignition, for example to add files or systemd units.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Ignition { get; set; }

    /// <summary>Outputs the updated host.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var bound = MyInvocation.BoundParameters;
        var setsHost = bound.ContainsKey(nameof(HostRole)) || bound.ContainsKey(nameof(HostName)) || bound.ContainsKey(nameof(InstallationDisk)) || bound.ContainsKey(nameof(MachineConfigPool));
        var setsArgs = bound.ContainsKey(nameof(InstallerArgument));
        var setsIgnition = bound.ContainsKey(nameof(Ignition));
        if (!setsHost && !setsArgs && !setsIgnition)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.AssistedNothingToChangeHost);
        }

        if (setsIgnition && AssistedClient.JsonObjectProblem(Ignition!) is { } problem)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.AssistedIgnitionNotJson, nameof(Ignition), problem));
        }

        await ForEachHostAsync(async id =>
        {
            AssistedHost? updated = null;
            var changed = false;
            if (setsHost)
            {
                var changes = new AssistedHostUpdateWire
                {
                    HostRole = bound.ContainsKey(nameof(HostRole)) ? HostRole : null,
                    HostName = bound.ContainsKey(nameof(HostName)) ? HostName : null,
                    MachineConfigPoolName = bound.ContainsKey(nameof(MachineConfigPool)) ? MachineConfigPool : null,
                    DisksSelectedConfig = InstallationDisk is null
                        ? null
                        : new List<AssistedDiskConfigWire> { new() { Id = await DiskIdAsync(client, id, cancellationToken), Role = "install" } },
                };
                var request = client.UpdateHostRequest(InfraEnvId, id, changes);
                if (ShouldProcessRequest(request, "Set " + string.Join(", ", AssistedClient.FieldsOf(changes)) + " of Assisted host " + id.ToString("D")))
                {
                    updated = await client.UpdateHostAsync(InfraEnvId, id, request, cancellationToken);
                    changed = true;
                }
            }

            if (setsArgs)
            {
                var request = client.UpdateHostInstallerArgsRequest(InfraEnvId, id, InstallerArgument ?? Array.Empty<string>());
                if (ShouldProcessRequest(request, "Set the installer arguments of Assisted host " + id.ToString("D")))
                {
                    updated = await client.SendHostActionAsync(InfraEnvId, id, request, Text.Format(Strings.AssistedOperationInstallerArgsHost, id), cancellationToken);
                    changed = true;
                }
            }

            if (setsIgnition)
            {
                var request = client.UpdateHostIgnitionRequest(InfraEnvId, id, Ignition!);
                if (ShouldProcessRequest(request, "Set the ignition override of Assisted host " + id.ToString("D")))
                {
                    // 201 without a body: the host is read again for -PassThru.
                    await client.UpdateHostIgnitionAsync(InfraEnvId, id, request, cancellationToken);
                    updated = null;
                    changed = true;
                }
            }

            if (PassThru && changed)
            {
                WriteObject(updated ?? await client.GetHostAsync(InfraEnvId, id, cancellationToken));
            }
        });
    }

    /// <summary>
    /// The id of the disk -InstallationDisk names: an id (/dev/disk/by-…) as given; a name or path looked up in the
    /// host's inventory among the eligible disks, else AssistedHostDiskNotFound for this host.
    /// </summary>
    private async Task<string> DiskIdAsync(AssistedClient client, Guid hostId, CancellationToken cancellationToken)
    {
        var wanted = InstallationDisk!;
        if (wanted.StartsWith("/dev/disk/", StringComparison.Ordinal))
        {
            return wanted;
        }

        var host = await client.GetHostAsync(InfraEnvId, hostId, cancellationToken);
        var eligible = host.Disks.Where(d => d.IsInstallationEligible && !string.IsNullOrEmpty(d.Id)).ToList();
        var disk = eligible.FirstOrDefault(d => d.Name == wanted || d.Path == wanted || d.Id == wanted);
        if (disk is null)
        {
            var names = eligible.Count == 0 ? Strings.AssistedHostNoEligibleDisk : string.Join(", ", eligible.Select(d => d.Name + " (" + d.Path + ")"));
            throw new RedHatApiException(ErrorIds.AssistedHostDiskNotFound, Text.Format(Strings.AssistedHostDiskNotFound, hostId, wanted, names))
            {
                Target = hostId,
                IsPerInput = true,
            };
        }

        return disk.Id!;
    }
}
