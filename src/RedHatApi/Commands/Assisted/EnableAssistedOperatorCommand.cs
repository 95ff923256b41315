using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Enables OLM operators (LVM storage, ODF, virtualization…) on Assisted Installer clusters.</para>
/// <para type="description">PATCH /v2/clusters/{id} whose olm_operators is the cluster's current OLM operators plus the named ones, so the others stay enabled. The service adds the operators they depend on. Check support first with Get-AssistedFeatureSupport and the hardware they need with Get-AssistedPreflightRequirement.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Enable, "AssistedOperator", SupportsShouldProcess = true)]
[OutputType(typeof(AssistedClusterOperator))]
public sealed class EnableAssistedOperatorCommand : AssistedOperatorChangeCommand
{
    /// <summary>Operator settings (a hashtable or JSON object text) for the named operators; Get-AssistedSupportedOperator -Name lists what each takes.</summary>
    [Parameter]
    [ValidateNotNull]
    public object? Properties { get; set; }

    /// <inheritdoc />
    private protected override IReadOnlyDictionary<string, string?> Enabled()
    {
        string? properties = null;
        if (Properties is not null)
        {
            try
            {
                properties = AssistedJsonInput.ToObject(Properties, v => v is PSObject p ? p.BaseObject : v).ToJsonString();
            }
            catch (FormatException ex)
            {
                throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.AssistedOperatorPropertiesInvalid, string.Join(", ", Name), ex.Message));
            }
        }

        return Name.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(n => n, _ => properties, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    private protected override IReadOnlyList<string> Disabled() => Array.Empty<string>();

    /// <inheritdoc />
    private protected override string Describe() => "enable " + string.Join(", ", Name);
}
