using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Paging;

namespace RedHatApi.Commands.RunAi;

/// <summary>How the Run:ai Get- cmdlets turn -Filter, -Sort, their own filters and -Name into list queries.</summary>
internal static class RunAiQueries
{
    /// <summary>-Filter's terms (comma-separated), the cmdlet's field filters (==) and -Sort.</summary>
    internal static RunAiListQuery Of(string? filter, string? sort, params (string Field, string? Value)[] equals)
    {
        var filters = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            filters.AddRange(filter!.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0));
        }

        filters.AddRange(equals.Where(e => !string.IsNullOrEmpty(e.Value)).Select(e => RunAiListQuery.Equal(e.Field, e.Value!)));
        var (sortBy, descending) = RunAiListQuery.ParseSort(sort);
        return new RunAiListQuery { Filters = filters, SortBy = sortBy, Descending = descending };
    }

    /// <summary>
    /// Writes the items of each -Name: a literal name is asked for with filterBy name== (none is the kind's per-input
    /// not-found error); a wildcard pattern is matched against the whole (filtered) listing and may match nothing.
    /// </summary>
    internal static async Task ByNameAsync<T>(
        RedHatApiCmdlet cmdlet,
        IEnumerable<string> names,
        RunAiListQuery query,
        Func<RunAiListQuery, PageRequest, CancellationToken, Task<Page<T>>> pages,
        Func<T, string> nameOf,
        Func<string, RunAiTarget> target,
        PagingMode mode,
        int pageSize,
        CancellationToken cancellationToken)
    {
        await cmdlet.ForEachInputAsync(names, async name =>
        {
            var wildcard = WildcardPattern.ContainsWildcardCharacters(name);
            var pattern = WildcardPattern.Get(name, WildcardOptions.IgnoreCase);
            var asked = wildcard ? query : query with { Filters = query.Filters.Append(RunAiListQuery.Equal("name", name)).ToList() };
            var plan = new PagingPlan(0, null, pageSize, mode.IsChained());
            var found = false;
            await foreach (var item in Paginator.StreamAsync<T>((p, ct) => pages(asked, p, ct), plan, null, cancellationToken))
            {
                if (!wildcard || pattern.IsMatch(nameOf(item)))
                {
                    found = true;
                    cmdlet.WriteObject(item);
                }
            }

            if (!found && !wildcard)
            {
                throw RunAiClient.NotFound(target(name));
            }
        });
    }
}
