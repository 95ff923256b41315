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
/// <para type="synopsis">Disables OLM operators on Assisted Installer clusters before they install.</para>
/// <para type="description">PATCH /v2/clusters/{id} whose olm_operators is the cluster's current OLM operators without the named ones. A name that is not one of the cluster's OLM operators is an AssistedOperatorNotEnabled error, and nothing is sent for that cluster.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Disable, "AssistedOperator", SupportsShouldProcess = true)]
[OutputType(typeof(AssistedClusterOperator))]
public sealed class DisableAssistedOperatorCommand : AssistedOperatorChangeCommand
{
    /// <inheritdoc />
    private protected override IReadOnlyDictionary<string, string?> Enabled() => new Dictionary<string, string?>();

    /// <inheritdoc />
    private protected override IReadOnlyList<string> Disabled() => Name;

    /// <inheritdoc />
    private protected override bool Check(Guid clusterId, IReadOnlyList<AssistedClusterOperator> current)
    {
        var olm = current.Where(o => string.Equals(o.Type, AssistedClient.OlmOperatorType, StringComparison.OrdinalIgnoreCase)).Select(o => o.Name).ToList();
        var missing = Name.Where(n => !olm.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var name in missing)
        {
            WriteInputError(
                new RedHatApiException(ErrorIds.AssistedOperatorNotEnabled, Text.Format(Strings.AssistedOperatorNotEnabled, name, clusterId, olm.Count == 0 ? Strings.AssistedNone : string.Join(", ", olm))),
                clusterId);
        }

        return missing.Count == 0;
    }

    /// <inheritdoc />
    private protected override string Describe() => "disable " + string.Join(", ", Name);
}
