using System.Threading;

namespace RedHatApi.Session;

/// <summary>
/// The process-wide default session. Swapped atomically, so parallel runspaces always see a whole session and
/// share its connection pool and token caches.
/// </summary>
internal static class SessionStore
{
    private static RedHatApiSession? _current;

    /// <summary>The default session, or null before the first Connect-RedHatApi.</summary>
    internal static RedHatApiSession? Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="session"/> the default and returns the one it replaced.</summary>
    internal static RedHatApiSession? Exchange(RedHatApiSession? session) => Interlocked.Exchange(ref _current, session);

    /// <summary>Clears the default only if it is still <paramref name="session"/>.</summary>
    internal static void ClearIf(RedHatApiSession session) => Interlocked.CompareExchange(ref _current, null, session);
}
