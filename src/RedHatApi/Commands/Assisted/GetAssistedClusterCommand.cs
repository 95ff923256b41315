using System;
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
/// <para type="synopsis">Gets OpenShift clusters registered with the Assisted Installer.</para>
/// <para type="description">Lists every cluster (one request: the API does not page clusters), optionally filtered by name with wildcards, or gets clusters by id.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedCluster", DefaultParameterSetName = ListSet)]
[OutputType(typeof(AssistedCluster))]
public sealed class GetAssistedClusterCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Ids of the clusters to get; binds from the pipeline by property name (Id, ClusterId).</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid[] ClusterId { get; set; } = Array.Empty<Guid>();

    /// <summary>Only clusters whose name matches; wildcards allowed, matched here (the API has no name filter).</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Only clusters owned by this user name (the API's owner filter; the service applies it for organization administrators and ignores it otherwise).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Owner { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        if (ParameterSetName == ListSet)
        {
            await WriteListAsync(client, cancellationToken);
            return;
        }

        await ForEachInputAsync(ClusterId, async id => WriteObject(await client.GetClusterAsync(id, cancellationToken)));
    }

    private async Task WriteListAsync(AssistedClient client, CancellationToken cancellationToken)
    {
        var clusters = await client.GetClustersAsync(Owner, cancellationToken);
        if (Name is null)
        {
            WriteObject(clusters, enumerateCollection: true);
            return;
        }

        var patterns = Name.Select(n => (Text: n, Pattern: new WildcardPattern(n, WildcardOptions.IgnoreCase))).ToList();
        WriteObject(clusters.Where(c => patterns.Any(p => p.Pattern.IsMatch(c.Name))), enumerateCollection: true);

        // Like Get-Process: a name without wildcards that matches nothing is an error, a pattern is not.
        foreach (var (text, pattern) in patterns.Where(p => !WildcardPattern.ContainsWildcardCharacters(p.Text)))
        {
            if (!clusters.Any(c => pattern.IsMatch(c.Name)))
            {
                WriteInputError(
                    new RedHatApiException(ErrorIds.AssistedClusterNotFound, Text.Format(Strings.ClusterNameNotFound, text)) { Target = text, IsPerInput = true },
                    text);
            }
        }
    }
}
