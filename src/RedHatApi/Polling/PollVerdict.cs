namespace RedHatApi.Polling;

/// <summary>What one poll says about the wait: go on, stop because it arrived, stop because it cannot, or go on after a longer pause.</summary>
internal enum PollVerdict
{
    /// <summary>Not there yet: poll again after the interval.</summary>
    Continue,

    /// <summary>Arrived: the wait ends with <see cref="PollOutcome.Done"/>.</summary>
    Done,

    /// <summary>Cannot arrive any more (an install in error, a job that failed): the wait ends with <see cref="PollOutcome.Failed"/>.</summary>
    Failed,

    /// <summary>
    /// The service asked us to hold off (Ironic's 409 while a node is locked, a 429): poll again after a pause that
    /// doubles with each backoff in a row, up to <see cref="PollSchedule.MaxBackoff"/>, and drops back to the interval
    /// after the next <see cref="Continue"/>.
    /// </summary>
    Backoff,
}

/// <summary>How a wait ended.</summary>
internal enum PollOutcome
{
    /// <summary>A poll said <see cref="PollVerdict.Done"/>.</summary>
    Done,

    /// <summary>A poll said <see cref="PollVerdict.Failed"/>.</summary>
    Failed,

    /// <summary>The timeout passed before either.</summary>
    TimedOut,
}
