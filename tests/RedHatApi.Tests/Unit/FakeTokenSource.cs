using System;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;

namespace RedHatApi.Tests.Unit;

/// <summary>Issues numbered tokens with a fixed lifetime and counts grants; can be slowed down or made to fail.</summary>
internal sealed class FakeTokenSource : ITokenSource
{
    private int _grants;

    internal FakeTokenSource(Func<DateTimeOffset> clock, TimeSpan lifetime)
    {
        Clock = clock;
        Lifetime = lifetime;
    }

    internal Func<DateTimeOffset> Clock { get; }

    internal TimeSpan Lifetime { get; set; }

    internal TimeSpan Delay { get; set; }

    internal Exception? Failure { get; set; }

    internal int Grants => Volatile.Read(ref _grants);

    public bool CanRefresh { get; set; } = true;

    public bool Cleared { get; private set; }

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        var n = Interlocked.Increment(ref _grants);
        var now = Clock();
        return new AccessToken("token-" + n, now + Lifetime, now);
    }

    public void Clear() => Cleared = true;
}
