using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Gets service accounts of a namespace, of every namespace, or by name.</para>
/// <para type="description">Lists with the API's limit/continue paging (-PageSize per request, -First, -Skip, -IncludeTotalCount), streaming each page as it arrives. Names without wildcards are read one by one (a missing one is an OpenShiftObjectNotFound error and the others go on); names with wildcards filter the list.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "OpenShiftServiceAccount", SupportsPaging = true, DefaultParameterSetName = NamespaceSet)]
[OutputType(typeof(OpenShiftServiceAccount))]
public sealed class GetOpenShiftServiceAccountCommand : OpenShiftCmdlet
{
    private const string NamespaceSet = "Namespace";
    private const string AllNamespacesSet = "AllNamespaces";

    /// <summary>Names of the service accounts; wildcards filter the list. Binds from the pipeline by property name.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftServiceAccountCompleter))]
    public string[]? Name { get; set; }

    /// <summary>The namespace; default the kubeconfig context's, else "default".</summary>
    [Parameter(ParameterSetName = NamespaceSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftNamespaceCompleter))]
    public string? Namespace { get; set; }

    /// <summary>Lists the service accounts of every namespace (GET /api/v1/serviceaccounts).</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllNamespacesSet)]
    public SwitchParameter AllNamespaces { get; set; }

    /// <summary>Only accounts whose labels match, in the API's syntax: app=ci, tier!=web, team.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LabelSelector { get; set; }

    /// <summary>Items per request (the API's limit); default 500, as kubectl uses.</summary>
    [Parameter]
    [ValidateRange(1, OpenShiftClient.MaxPageSize)]
    public int PageSize { get; set; } = OpenShiftClient.DefaultPageSize;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var ns = AllNamespaces ? null : client.NamespaceOrDefault(Namespace);
        var exact = Name?.Where(n => !WildcardPattern.ContainsWildcardCharacters(n)).ToList();
        var patterns = Name?.Where(WildcardPattern.ContainsWildcardCharacters).Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
        if (Name is not null && ns is not null && patterns!.Count == 0)
        {
            await ForEachInputAsync(exact!, async name => WriteObject(await client.GetServiceAccountAsync(ns, name, cancellationToken)));

            return;
        }

        // Wildcards, or names across every namespace: filter the list here (the API has no name pattern).
        Func<OpenShiftServiceAccount, bool> wanted = Name is null
            ? _ => true
            : a => exact!.Contains(a.Name, StringComparer.Ordinal) || patterns!.Any(p => p.IsMatch(a.Name));
        await WritePagedAsync<OpenShiftServiceAccount>(
            async (page, ct) =>
            {
                var fetched = await client.ListServiceAccountsPageAsync(ns, LabelSelector, page, ct).ConfigureAwait(false);
                if (Name is null)
                {
                    return fetched;
                }

                // An empty page ends a listing, so a page with no match reads on until one matches or the list ends.
                var matches = fetched.Items.Where(wanted).ToList();
                while (matches.Count == 0 && fetched.NextCursor is { } cursor)
                {
                    fetched = await client.ListServiceAccountsPageAsync(ns, LabelSelector, new Paging.PageRequest(0, page.Limit, cursor), ct).ConfigureAwait(false);
                    matches = fetched.Items.Where(wanted).ToList();
                }

                return new Paging.Page<OpenShiftServiceAccount>(matches, nextCursor: fetched.NextCursor);
            },
            PageSize,
            cancellationToken,
            mode: OpenShiftClient.ListPaging);
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => Namespace;
}
