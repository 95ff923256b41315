using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// Retries transient failures with Polly: bounded attempts, exponential backoff with jitter, the server's own
/// X-RateLimit-Delay / Retry-After when it sends one, cancellation between attempts. Sits outside the auth
/// handler so every attempt gets a current token, and sends a fresh copy of the request each time.
/// </summary>
internal sealed class RetryHandler : DelegatingHandler
{
    /// <summary>First backoff step when the server gives no delay; doubles per attempt, with jitter.</summary>
    internal static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    private static readonly ResiliencePropertyKey<AttemptState> StateKey = new("RedHatApi.Attempt");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly SessionCounters _counters;
    private readonly ThrottleGate _gate;
    private readonly RetryPolicy _policy;
    private readonly int _maxRetries;

    internal RetryHandler(int maxRetries, RetryPolicy policy, SessionCounters counters, ThrottleGate gate)
    {
        _policy = policy;
        _maxRetries = maxRetries;
        _counters = counters;
        _gate = gate;
        _pipeline = maxRetries <= 0
            ? ResiliencePipeline<HttpResponseMessage>.Empty
            : new ResiliencePipelineBuilder<HttpResponseMessage>()
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = maxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = BaseDelay,
                    MaxDelay = RetryDelay.MaxServerDelay,
                    ShouldHandle = args => new ValueTask<bool>(ShouldHandle(args.Outcome, args.Context)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(
                        args.Outcome.Result is { } response ? RetryDelay.FromResponse(response, DateTimeOffset.UtcNow) : null),
                    OnRetry = args =>
                    {
                        OnRetry(args);
                        return default;
                    },
                })
                .Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = new AttemptState(request, await RequestTemplate.CaptureAsync(request).ConfigureAwait(false));
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, state);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, self) => await self.SendAttemptAsync(ctx).ConfigureAwait(false),
                context,
                this).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> SendAttemptAsync(ResilienceContext context)
    {
        var state = context.Properties.GetValue(StateKey, null!);
        var waited = await _gate.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        if (waited > TimeSpan.Zero)
        {
            _counters.AddWait(waited);
        }

        // The first attempt sends the caller's message; later ones a copy, because a message is sent only once.
        var message = state.Attempts++ == 0 ? state.Original : state.Template.Create();
        var response = await base.SendAsync(message, context.CancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode == 429)
        {
            _counters.AddThrottled();
            if (RetryDelay.FromResponse(response, DateTimeOffset.UtcNow) is { } delay)
            {
                _gate.CloseFor(delay);
            }
        }

        return response;
    }

    private bool ShouldHandle(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var state = context.Properties.GetValue(StateKey, null!);
        return outcome.Exception is { } exception
            ? _policy.ShouldRetry(exception, state.Idempotent)
            : outcome.Result is { } response && _policy.ShouldRetry(response.StatusCode, state.Idempotent);
    }

    private void OnRetry(OnRetryArguments<HttpResponseMessage> args)
    {
        var state = args.Context.Properties.GetValue(StateKey, null!);
        _counters.AddRetry();
        _counters.AddWait(args.RetryDelay);
        var why = args.Outcome.Exception is { } ex
            ? ex.Message
            : string.Format(CultureInfo.InvariantCulture, "{0} {1}", (int)args.Outcome.Result!.StatusCode, args.Outcome.Result.ReasonPhrase);
        LogSink.Verbose(string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} -> {2}; retry {3} of {4} in {5:0.0} s",
            state.Template.Method,
            Redactor.Url(state.Template.RequestUri),
            why,
            args.AttemptNumber + 1,
            _maxRetries,
            args.RetryDelay.TotalSeconds));
    }

    /// <summary>Per-request retry state, carried in the Polly context.</summary>
    private sealed class AttemptState
    {
        internal AttemptState(HttpRequestMessage original, RequestTemplate template)
        {
            Original = original;
            Template = template;
            Idempotent = RetryPolicy.IsIdempotent(original.Method);
        }

        internal HttpRequestMessage Original { get; }

        internal RequestTemplate Template { get; }

        internal bool Idempotent { get; }

        internal int Attempts { get; set; }
    }
}
