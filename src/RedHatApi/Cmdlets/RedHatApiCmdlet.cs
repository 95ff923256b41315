using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets;

/// <summary>
/// Base of every cmdlet that calls an API: adds -Session (explicit value, else the process default, else the
/// terminating error NotConnected), streaming of paged listings, and per-input error and confirm helpers.
/// </summary>
public abstract partial class RedHatApiCmdlet : RedHatCmdlet
{
    /// <summary>The session to use; defaults to the one the last Connect-RedHatApi created.</summary>
    [Parameter]
    [ValidateNotNull]
    public RedHatApiSession? Session { get; set; }

    /// <summary>The session this command uses, resolved once per call.</summary>
    internal SessionCore ResolveSession()
    {
        var session = Session ?? SessionStore.Current;
        if (session is null || session.IsDisconnected)
        {
            var message = session is null ? Strings.NotConnected : Strings.SessionDisconnected;
            ThrowTerminatingError(new ErrorRecord(
                new RedHatApiException(ErrorIds.NotConnected, message),
                ErrorIds.NotConnected,
                ErrorCategory.AuthenticationError,
                Session));
        }

        return session!.Core;
    }

    /// <summary>
    /// Streams a paged listing to the pipeline: honours -First, -Skip and -IncludeTotalCount, writes each item as its
    /// page arrives and fails with ListingIncomplete (count written, -Skip to resume) if a later page fails.
    /// The client declares its <paramref name="mode"/>. Chained modes (Kubernetes continue, markers, next
    /// links) cannot start at an offset, so -Skip is applied here: the first -Skip items are read and dropped, and
    /// -First counts after them.
    /// </summary>
    internal async Task WritePagedAsync<T>(PageFetcher<T> fetch, int pageSize, CancellationToken cancellationToken, Func<T, object?>? project = null, PagingMode mode = PagingMode.Offset)
    {
        var cursorBased = mode.IsChained();
        var paging = PagingParameters;
        long? first = paging is null || paging.First == ulong.MaxValue ? null : (long)Math.Min(paging.First, long.MaxValue);
        var skip = paging is null ? 0 : (long)Math.Min(paging.Skip, long.MaxValue);
        var plan = cursorBased
            ? new PagingPlan(0, first is { } max ? (max > long.MaxValue - skip ? long.MaxValue : skip + max) : null, pageSize, cursorBased: true)
            : new PagingPlan(skip, first, pageSize);
        var dropping = cursorBased ? skip : 0;

        // The total arrives with the first page on an engine thread; it is written here, on the pipeline thread.
        long? total = null;
        var totalSeen = false;
        var totalWritten = paging is null || !paging.IncludeTotalCount;
        Action<long?>? onTotal = totalWritten ? null : t => { total = t; totalSeen = true; };
        await foreach (var item in Paginator.StreamAsync(fetch, plan, onTotal, cancellationToken))
        {
            if (!totalWritten && totalSeen)
            {
                WriteTotal(paging!, total);
                totalWritten = true;
            }

            if (dropping > 0)
            {
                dropping--;
                continue;
            }

            WriteObject(project is null ? item : project(item));
        }

        if (!totalWritten)
        {
            WriteTotal(paging!, total);
        }
    }

    /// <summary>
    /// Streams one paged listing per input (the errata of each piped system, the hosts of each cluster...). Paging
    /// parameters apply to each listing; a per-input failure (an unknown parent) is written and the next input goes on.
    /// </summary>
    internal Task WritePagedPerInputAsync<TInput, T>(
        IEnumerable<TInput> inputs, Func<TInput, PageFetcher<T>> fetcherFor, int pageSize, CancellationToken cancellationToken) =>
        ForEachInputAsync(inputs, input => WritePagedAsync(fetcherFor(input), pageSize, cancellationToken));

    /// <summary>
    /// ShouldProcess for the request value that is then sent, so -WhatIf and the send cannot drift apart: the target
    /// reads as the HTTP call ("METHOD URL"), exactly what would be sent. The body is never shown (it may hold a secret).
    /// </summary>
    internal bool ShouldProcessRequest(Client.ApiRequest request, string action) =>
        ShouldProcess(Text.Format(Strings.ShouldProcessTarget, request.Method.Method, request.Url.AbsoluteUri), action);

    /// <summary>Writes a non-terminating error for one pipeline input and lets the pipeline go on.</summary>
    internal void WriteInputError(Exception exception, object? target) =>
        WriteError(ErrorMapper.ToErrorRecord(exception, target));

    private void WriteTotal(PagingParameters paging, long? total) =>
        WriteObject(total is { } known ? paging.NewTotalCount((ulong)known, 1.0) : paging.NewTotalCount(0, 0.0));
}
