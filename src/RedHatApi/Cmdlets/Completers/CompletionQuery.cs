using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// One listing a completer needs: its cache key (API or cluster plus scope, such as "assisted/hosts/cluster/&lt;id&gt;")
/// and the call that fetches it. <see cref="Reusable"/> names broader listings whose whole answer also answers this
/// one (the RHSM systems whose name contains "web" hold every system whose name contains "web-01").
/// </summary>
internal sealed class CompletionQuery
{
    internal CompletionQuery(string key, Func<CancellationToken, Task<CandidateSet>> fetch, IReadOnlyList<string>? reusable = null)
    {
        Key = key;
        Fetch = fetch;
        Reusable = reusable ?? Array.Empty<string>();
    }

    internal string Key { get; }

    internal Func<CancellationToken, Task<CandidateSet>> Fetch { get; }

    internal IReadOnlyList<string> Reusable { get; }
}
