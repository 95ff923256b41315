using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Overrides fields of the install-config.yaml of Assisted Installer clusters.</para>
/// <para type="description">Merges -Override into the cluster's current overrides as a JSON merge patch (RFC 7396: objects merge, a $null value removes the field) and sends the result with PATCH /v2/clusters/{id}/install-config. -Replace sends -Override as the whole set of overrides. -WhatIf shows the PATCH and each field it adds, changes or removes; nothing is sent when nothing changes.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "AssistedInstallConfig", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedInstallConfig))]
public sealed class SetAssistedInstallConfigCommand : AssistedClusterCommand
{
    /// <summary>The fields to override, as a hashtable or JSON object text (install-config names: fips, networking, capabilities…).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNull]
    public object Override { get; set; } = null!;

    /// <summary>Sends -Override as the whole set of overrides instead of merging it into the current ones.</summary>
    [Parameter]
    public SwitchParameter Replace { get; set; }

    /// <summary>Outputs the install-config as it is afterwards.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        System.Text.Json.Nodes.JsonObject patch;
        try
        {
            patch = AssistedJsonInput.ToObject(Override, v => v is PSObject p ? p.BaseObject : v);
        }
        catch (FormatException ex)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.AssistedInstallConfigOverrideInvalid, ex.Message));
        }

        await ForEachClusterAsync(async id =>
        {
            var current = await client.GetInstallConfigOverridesAsync(id, cancellationToken);
            var wanted = Replace ? patch : AssistedJsonInput.Merge(current, patch);
            var diff = AssistedJsonInput.Diff(current, wanted);
            if (diff.Count == 0)
            {
                WriteVerbose(Text.Format(Strings.AssistedInstallConfigUnchanged, id));
                return;
            }

            var request = client.SetInstallConfigRequest(id, wanted);
            if (ShouldProcessRequest(request, Text.Format(Strings.AssistedInstallConfigAction, id, Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", diff))))
            {
                await client.SetInstallConfigAsync(id, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(await client.GetInstallConfigAsync(id, cancellationToken));
                }
            }
        });
    }
}
