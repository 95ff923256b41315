using System;

namespace RedHatApi.Polling;

/// <summary>Where a wait stands after a poll that did not end it: what the poll returned and when the next one comes.</summary>
/// <typeparam name="T">What a poll returns.</typeparam>
internal readonly struct PollProgress<T>
{
    internal PollProgress(T value, PollVerdict verdict, int polls, TimeSpan elapsed, TimeSpan? remaining, TimeSpan nextPause)
    {
        Value = value;
        Verdict = verdict;
        Polls = polls;
        Elapsed = elapsed;
        Remaining = remaining;
        NextPause = nextPause;
    }

    /// <summary>What the last poll returned.</summary>
    internal T Value { get; }

    /// <summary>What the last poll said: <see cref="PollVerdict.Continue"/> or <see cref="PollVerdict.Backoff"/>.</summary>
    internal PollVerdict Verdict { get; }

    /// <summary>Polls so far, this one included.</summary>
    internal int Polls { get; }

    /// <summary>Time since the wait began.</summary>
    internal TimeSpan Elapsed { get; }

    /// <summary>Time left before the timeout (zero or less once it has passed); null without a timeout.</summary>
    internal TimeSpan? Remaining { get; }

    /// <summary>The pause before the next poll (zero when the timeout has passed and no poll follows).</summary>
    internal TimeSpan NextPause { get; }
}

/// <summary>How a wait ended, with the last poll's value.</summary>
/// <typeparam name="T">What a poll returns.</typeparam>
internal readonly struct PollResult<T>
{
    internal PollResult(PollOutcome outcome, T last, int polls, TimeSpan elapsed)
    {
        Outcome = outcome;
        Last = last;
        Polls = polls;
        Elapsed = elapsed;
    }

    /// <summary>Done, Failed or TimedOut.</summary>
    internal PollOutcome Outcome { get; }

    /// <summary>What the last poll returned.</summary>
    internal T Last { get; }

    /// <summary>How many polls were made.</summary>
    internal int Polls { get; }

    /// <summary>How long the wait took.</summary>
    internal TimeSpan Elapsed { get; }
}
