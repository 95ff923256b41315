using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Polling;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>The shared wait loop, in virtual time: the schedule it keeps, how it ends, and what it reports.</summary>
public sealed class PollerTests
{
    private readonly VirtualTimeProvider _time = new();

    private Task<PollResult<int>> Run(PollSchedule schedule, Func<int, PollVerdict> decide, Action<PollProgress<int>>? progress = null, Func<double>? random = null)
    {
        var polls = 0;
        return Poller.RunAsync(schedule, _ => Task.FromResult(++polls), decide, progress, CancellationToken.None, _time, random ?? (() => 0.5));
    }

    [Fact]
    public async Task It_polls_at_the_interval_until_a_poll_says_done()
    {
        var result = await Run(new PollSchedule(TimeSpan.FromSeconds(15), TimeSpan.FromHours(2)), n => n == 4 ? PollVerdict.Done : PollVerdict.Continue);

        Assert.Equal(PollOutcome.Done, result.Outcome);
        Assert.Equal(4, result.Polls);
        Assert.Equal(4, result.Last);
        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(15), 3), _time.Pauses);
    }

    [Fact]
    public async Task A_failed_verdict_ends_the_wait_with_the_value_that_failed()
    {
        var result = await Run(new PollSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)), n => n == 2 ? PollVerdict.Failed : PollVerdict.Continue);

        Assert.Equal(PollOutcome.Failed, result.Outcome);
        Assert.Equal(2, result.Last);
        Assert.Single(_time.Pauses);
    }

    [Fact]
    public async Task The_timeout_cuts_the_last_pause_and_one_final_poll_sees_the_state_at_the_deadline()
    {
        var result = await Run(new PollSchedule(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10)), _ => PollVerdict.Continue);

        Assert.Equal(PollOutcome.TimedOut, result.Outcome);
        Assert.Equal(new[] { 3.0, 3.0, 3.0, 1.0 }, _time.Pauses.Select(p => p.TotalSeconds));
        Assert.Equal(5, result.Polls);
        Assert.Equal(TimeSpan.FromSeconds(10), result.Elapsed);
    }

    [Fact]
    public async Task Without_a_timeout_it_goes_on_until_a_verdict_ends_it()
    {
        var result = await Run(new PollSchedule(TimeSpan.FromMinutes(5)), n => n == 100 ? PollVerdict.Done : PollVerdict.Continue);

        Assert.Equal(PollOutcome.Done, result.Outcome);
        Assert.Equal(99, _time.Pauses.Count);
    }

    [Fact]
    public async Task Backoffs_in_a_row_double_the_pause_up_to_the_cap_and_a_success_resets_it()
    {
        var verdicts = new[] { PollVerdict.Backoff, PollVerdict.Backoff, PollVerdict.Backoff, PollVerdict.Backoff, PollVerdict.Continue, PollVerdict.Backoff, PollVerdict.Done };
        var result = await Run(
            new PollSchedule(TimeSpan.FromSeconds(10), maxBackoff: TimeSpan.FromSeconds(60)),
            n => verdicts[n - 1]);

        Assert.Equal(PollOutcome.Done, result.Outcome);
        Assert.Equal(new[] { 20.0, 40.0, 60.0, 60.0, 10.0, 20.0 }, _time.Pauses.Select(p => p.TotalSeconds));
    }

    [Theory]
    [InlineData(0.0, 8.0)]
    [InlineData(0.5, 10.0)]
    [InlineData(0.999999, 12.0)]
    public async Task Jitter_moves_each_pause_by_at_most_its_fraction(double random, double expectedSeconds)
    {
        await Run(new PollSchedule(TimeSpan.FromSeconds(10), jitter: 0.2), n => n == 2 ? PollVerdict.Done : PollVerdict.Continue, random: () => random);

        // Timers count whole milliseconds, so the pause may lose a fraction of one.
        Assert.InRange(_time.Pauses.Single().TotalSeconds, expectedSeconds - 0.002, expectedSeconds + 0.002);
    }

    [Fact]
    public async Task Progress_comes_after_each_poll_that_does_not_end_the_wait_with_the_value_and_the_next_pause()
    {
        var seen = new List<PollProgress<int>>();
        await Run(new PollSchedule(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(70)), n => n == 3 ? PollVerdict.Done : PollVerdict.Continue, seen.Add);

        Assert.Equal(new[] { 1, 2 }, seen.Select(p => p.Value));
        Assert.Equal(new[] { 30.0, 30.0 }, seen.Select(p => p.NextPause.TotalSeconds));
        Assert.Equal(new double?[] { 70, 40 }, seen.Select(p => p.Remaining?.TotalSeconds));
    }

    [Fact]
    public async Task Cancelling_during_the_wait_ends_it_at_once_without_another_poll()
    {
        using var stop = new CancellationTokenSource();
        var polls = 0;
        var wait = Poller.RunAsync(
            new PollSchedule(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)),
            _ => Task.FromResult(++polls),
            _ => PollVerdict.Continue,
            p =>
            {
                if (p.Polls == 2)
                {
                    stop.Cancel();
                }
            },
            stop.Token,
            _time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(2, polls);
    }

    [Fact]
    public async Task A_failing_poll_ends_the_wait_with_its_exception()
    {
        var failure = new RedHatApiException(ErrorIds.PermissionDenied, "denied") { StatusCode = HttpStatusCode.Forbidden };
        var polls = 0;
        var thrown = await Assert.ThrowsAsync<RedHatApiException>(() => Poller.RunAsync<int>(
            new PollSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)),
            _ => ++polls == 3 ? throw failure : Task.FromResult(polls),
            _ => PollVerdict.Continue,
            null,
            CancellationToken.None,
            _time));

        Assert.Same(failure, thrown);
        Assert.Equal(3, polls);
    }

    [Fact]
    public async Task A_pause_function_gets_each_verdict_and_random_number_and_sets_the_pause()
    {
        var verdicts = new[] { PollVerdict.Continue, PollVerdict.Backoff, PollVerdict.Backoff, PollVerdict.Continue, PollVerdict.Done };
        var randoms = new Queue<double>(new[] { 0.1, 0.2, 0.3, 0.4 });
        var asked = new List<(PollVerdict, double)>();
        var schedule = new PollSchedule((verdict, random) =>
        {
            asked.Add((verdict, random));
            return TimeSpan.FromSeconds((verdict == PollVerdict.Backoff ? 100 : 10) * random);
        });

        var result = await Run(schedule, n => verdicts[n - 1], random: randoms.Dequeue);

        Assert.Equal(PollOutcome.Done, result.Outcome);
        Assert.Equal(new[] { (PollVerdict.Continue, 0.1), (PollVerdict.Backoff, 0.2), (PollVerdict.Backoff, 0.3), (PollVerdict.Continue, 0.4) }, asked);

        // No doubling, jitter or cap of its own: the function's pause is the pause (timers count whole milliseconds).
        Assert.Equal(new[] { 1000.0, 20000.0, 30000.0, 4000.0 }, _time.Pauses.Select(p => Math.Round(p.TotalMilliseconds)));
    }

    [Fact]
    public async Task A_pause_function_schedule_keeps_the_timeout_and_cuts_the_last_pause_to_it()
    {
        var seen = new List<PollProgress<int>>();
        var result = await Run(new PollSchedule((_, _) => TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(100)), _ => PollVerdict.Continue, seen.Add);

        Assert.Equal(PollOutcome.TimedOut, result.Outcome);
        Assert.Equal(new[] { 40.0, 40.0, 20.0 }, _time.Pauses.Select(p => p.TotalSeconds));
        Assert.Equal(4, result.Polls);
        Assert.Equal(TimeSpan.Zero, seen.Last().NextPause);
    }

    [Fact]
    public async Task A_negative_pause_from_the_function_counts_as_none()
    {
        var result = await Run(new PollSchedule((_, _) => TimeSpan.FromSeconds(-5)), n => n == 3 ? PollVerdict.Done : PollVerdict.Continue);

        Assert.Equal(3, result.Polls);
        Assert.All(_time.Pauses, p => Assert.Equal(TimeSpan.Zero, p));
    }

    [Fact]
    public void A_jitter_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PollSchedule(TimeSpan.FromSeconds(1), jitter: 1.5));
    }
}
