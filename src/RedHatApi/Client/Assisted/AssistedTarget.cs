using System;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// What one Assisted call is about, so its failures read as errors about that thing: a 404 becomes
/// <see cref="NotFoundErrorId"/> (per input, the id as target) and a 409 becomes <see cref="ConflictErrorId"/> with
/// the thing's current state (read from the answer, or looked up with <see cref="ReadState"/>) and what to do.
/// Clusters, infra-envs and hosts each build their own.
/// </summary>
internal sealed class AssistedTarget
{
    internal AssistedTarget(object id, string notFoundErrorId, string notFoundMessage)
    {
        Id = id;
        NotFoundErrorId = notFoundErrorId;
        NotFoundMessage = notFoundMessage;
    }

    /// <summary>The id the user passed; the error's target.</summary>
    internal object Id { get; }

    internal string NotFoundErrorId { get; }

    internal string NotFoundMessage { get; }

    /// <summary>The error id of a 409 about this thing; null leaves a 409 as the generic HTTP error.</summary>
    internal string? ConflictErrorId { get; init; }

    /// <summary>What was attempted, as a verb phrase for the message ("install cluster 3f…").</summary>
    internal string? Operation { get; init; }

    /// <summary>What the user can do about a 409 (which state the operation needs, which cmdlet gets there).</summary>
    internal string? ConflictAdvice { get; init; }

    /// <summary>
    /// The message of a 409 from the state and the service's reason, for things other than clusters (hosts,
    /// infra-envs, credentials); null uses the cluster message built from <see cref="Operation"/> and <see cref="ConflictAdvice"/>.
    /// </summary>
    internal Func<string, string?, string>? ConflictText { get; init; }

    /// <summary>Reads the current state when the 409 answer does not name it; null when it cannot be read.</summary>
    internal Func<CancellationToken, Task<string?>>? ReadState { get; init; }
}
