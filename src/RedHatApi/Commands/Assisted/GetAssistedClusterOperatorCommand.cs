using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the operators of Assisted Installer clusters: the built-in ones the service monitors and the OLM operators enabled.</para>
/// <para type="description">GET /v2/clusters/{id} read for its monitored_operators: name, type (builtin or olm), status during and after the installation, and the settings an OLM operator was enabled with.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedClusterOperator")]
[OutputType(typeof(AssistedClusterOperator))]
public sealed class GetAssistedClusterOperatorCommand : AssistedClusterCommand
{
    private static readonly string[] All = { "*" };

    /// <summary>Only operators whose name matches (wildcards allowed).</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedOperatorNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Only operators of this type: builtin or olm.</summary>
    [Parameter]
    [ValidateSet("builtin", "olm")]
    public string? Type { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var patterns = (Name ?? All).Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToList();
        await ForEachClusterAsync(async id =>
        {
            var operators = await client.GetClusterOperatorsAsync(id, cancellationToken);
            WriteObject(
                operators.Where(o => (Type is null || string.Equals(o.Type, Type, System.StringComparison.OrdinalIgnoreCase)) && patterns.Any(p => p.IsMatch(o.Name))),
                enumerateCollection: true);
        });
    }
}
