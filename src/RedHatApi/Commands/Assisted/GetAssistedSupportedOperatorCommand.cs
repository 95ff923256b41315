using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the operators the Assisted Installer can install with a cluster.</para>
/// <para type="description">GET /v2/supported-operators (a bare array of names). With -Name, each operator also comes with the settings it accepts (GET /v2/supported-operators/{name}); an exact name the service does not know is an AssistedOperatorNotFound error.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedSupportedOperator")]
[OutputType(typeof(AssistedSupportedOperator))]
public sealed class GetAssistedSupportedOperatorCommand : RedHatApiCmdlet
{
    /// <summary>Operator names (wildcards allowed); each match comes with its settings.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedOperatorNameCompleter))]
    public string[]? Name { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        if (Name is null)
        {
            var all = await client.GetSupportedOperatorsAsync(cancellationToken);
            WriteObject(all.Select(n => new AssistedSupportedOperator(n, null)), enumerateCollection: true);
            return;
        }

        var names = Name.Any(WildcardPattern.ContainsWildcardCharacters) ? await client.GetSupportedOperatorsAsync(cancellationToken) : null;
        await ForEachInputAsync(Name, async name =>
        {
            var matches = WildcardPattern.ContainsWildcardCharacters(name)
                ? names!.Where(n => new WildcardPattern(name, WildcardOptions.IgnoreCase).IsMatch(n)).ToList()
                : new() { name };
            foreach (var match in matches)
            {
                WriteObject(new AssistedSupportedOperator(match, await client.GetOperatorPropertiesAsync(match, cancellationToken)));
            }
        });
    }
}
