using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets Assisted Installer infra-envs (the discovery images hosts boot from).</para>
/// <para type="description">Lists every infra-env in one request (the API does not page them), or those bound to one cluster with -ClusterId, or those whose name matches -Name (wildcards, matched here: the API has no name filter), or gets infra-envs by id.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedInfraEnv", DefaultParameterSetName = ListSet)]
[OutputType(typeof(AssistedInfraEnv))]
public sealed class GetAssistedInfraEnvCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Ids of the infra-envs to get; binds from the pipeline by property name (Id, InfraEnvId).</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedInfraEnvIdCompleter))]
    public Guid[] InfraEnvId { get; set; } = Array.Empty<Guid>();

    /// <summary>Only the infra-envs bound to this cluster (the API's cluster_id filter).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid? ClusterId { get; set; }

    /// <summary>Only infra-envs whose name matches; wildcards allowed. A name without wildcards that matches nothing is an AssistedInfraEnvNotFound error.</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedInfraEnvNameCompleter))]
    public string[]? Name { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        if (ParameterSetName == ListSet)
        {
            WriteMatching(await client.GetInfraEnvsAsync(ClusterId, cancellationToken));
            return;
        }

        await ForEachInputAsync(InfraEnvId, async id => WriteObject(await client.GetInfraEnvAsync(id, cancellationToken)));
    }

    /// <summary>The listing, or the infra-envs -Name matches; like Get-Process, a literal name that matches nothing is an error, a pattern is not.</summary>
    private void WriteMatching(IReadOnlyList<AssistedInfraEnv> infraEnvs)
    {
        if (Name is null)
        {
            WriteObject(infraEnvs, enumerateCollection: true);
            return;
        }

        var patterns = Name.Select(n => (Text: n, Pattern: new WildcardPattern(n, WildcardOptions.IgnoreCase))).ToList();
        WriteObject(infraEnvs.Where(e => patterns.Any(p => p.Pattern.IsMatch(e.Name))), enumerateCollection: true);
        foreach (var (text, pattern) in patterns.Where(p => !WildcardPattern.ContainsWildcardCharacters(p.Text)))
        {
            if (!infraEnvs.Any(e => pattern.IsMatch(e.Name)))
            {
                WriteInputError(
                    new RedHatApiException(ErrorIds.AssistedInfraEnvNotFound, Text.Format(Strings.AssistedInfraEnvNameNotFound, text)) { Target = text, IsPerInput = true },
                    text);
            }
        }
    }
}
