using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The short-lived answers of the argument completers, one cache per session (so two sessions never see each other's
/// names, and a session that is gone takes its cache with it). Repeated Tab presses within
/// <see cref="DefaultLifetime"/> cost nothing; presses while a listing is still on its way join it instead of
/// sending another request.
/// </summary>
/// <remarks>
/// A listing gets <see cref="FetchTimeout"/> in all, but the prompt waits only the caller's budget (about a second):
/// when the API is slower, this Tab press offers nothing, the listing finishes in the background and the next press
/// is served from here. A listing that failed is not asked again for <see cref="FailureLifetime"/>, so a throttled or
/// unreachable API is not hammered by someone holding Tab down.
/// </remarks>
internal sealed class CompletionCache
{
    /// <summary>How long a listing answers Tab presses.</summary>
    internal static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(60);

    /// <summary>How long a failed listing is remembered as "nothing to offer".</summary>
    internal static readonly TimeSpan FailureLifetime = TimeSpan.FromSeconds(10);

    /// <summary>The longest a listing may run, in the background after the prompt gave up waiting; then it is cancelled.</summary>
    internal static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(15);

    // Enough for every scope a user works with; beyond it, expired entries are dropped.
    private const int PruneAbove = 256;

    private static readonly ConditionalWeakTable<SessionCore, CompletionCache> PerSession = new();

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly TimeSpan _lifetime;
    private readonly Func<DateTimeOffset> _now;
    private int _fetches;

    internal CompletionCache(TimeSpan lifetime, Func<DateTimeOffset> now)
    {
        _lifetime = lifetime;
        _now = now;
    }

    /// <summary>Listings started so far (each one request to an API, or a few for discovery fallbacks).</summary>
    internal int Fetches => Volatile.Read(ref _fetches);

    /// <summary>The cache of <paramref name="session"/>.</summary>
    internal static CompletionCache For(SessionCore session) =>
        PerSession.GetValue(session, _ => new CompletionCache(DefaultLifetime, () => DateTimeOffset.UtcNow));

    /// <summary>
    /// The answer to <paramref name="query"/>: a whole broader listing still fresh, else its own fresh listing, else a
    /// new fetch; waits at most <paramref name="budget"/> for one in flight. Empty when the listing failed, timed out
    /// or is still running; never throws for a failed listing.
    /// </summary>
    internal CandidateSet Get(CompletionQuery query, TimeSpan budget)
    {
        Entry entry;
        lock (_gate)
        {
            var now = _now();
            foreach (var key in query.Reusable)
            {
                if (_entries.TryGetValue(key, out var broader) && broader.IsFresh(now, _lifetime) && broader.Answer is { IsWhole: true } whole)
                {
                    return whole;
                }
            }

            if (!_entries.TryGetValue(query.Key, out entry!) || !entry.IsUsable(now, _lifetime))
            {
                Prune(now);
                entry = new Entry(now);
                _entries[query.Key] = entry;
                Interlocked.Increment(ref _fetches);
                entry.Start(query.Fetch, _now);
            }
        }

        return AsyncPump.WaitAtMost(entry.Completion, budget) ? entry.Answer ?? CandidateSet.Empty : CandidateSet.Empty;
    }

    private void Prune(DateTimeOffset now)
    {
        if (_entries.Count < PruneAbove)
        {
            return;
        }

        foreach (var key in _entries.Where(e => !e.Value.IsUsable(now, _lifetime)).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }
    }

    /// <summary>One listing: in flight, answered (Answer set) or failed.</summary>
    private sealed class Entry
    {
        private readonly DateTimeOffset _startedAt;
        private DateTimeOffset _endedAt;
        private CandidateSet? _answer;
        private int _ended;

        internal Entry(DateTimeOffset startedAt)
        {
            _startedAt = startedAt;
        }

        internal Task Completion { get; private set; } = Task.CompletedTask;

        internal CandidateSet? Answer => Volatile.Read(ref _answer);

        private bool Ended => Volatile.Read(ref _ended) != 0;

        internal void Start(Func<CancellationToken, Task<CandidateSet>> fetch, Func<DateTimeOffset> now)
        {
            // Task.Run: the listing must not need the prompt's thread, which is about to wait for it.
            Completion = Task.Run(async () =>
            {
                using var timeout = new CancellationTokenSource(FetchTimeout);
                try
                {
                    Volatile.Write(ref _answer, await fetch(timeout.Token).ConfigureAwait(false));
                }
#pragma warning disable CA1031 // A completer offers nothing when a listing fails; the error belongs to the command, not to a Tab press.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
                finally
                {
                    _endedAt = now();
                    Volatile.Write(ref _ended, 1);
                }
            });
        }

        /// <summary>An answer younger than the lifetime.</summary>
        internal bool IsFresh(DateTimeOffset now, TimeSpan lifetime) => Ended && Answer is not null && now - _endedAt < lifetime;

        /// <summary>Worth returning instead of fetching again: fresh, still in flight, or a recent failure.</summary>
        internal bool IsUsable(DateTimeOffset now, TimeSpan lifetime) =>
            !Ended ? now - _startedAt < FetchTimeout + TimeSpan.FromSeconds(1)
            : Answer is not null ? now - _endedAt < lifetime
            : now - _endedAt < FailureLifetime;
    }
}
