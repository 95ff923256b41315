using System.Linq;
using RedHatApi.Client.Assisted;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// Completes the validation ids of the host on the line (-InfraEnvId and -HostId), each with its status and message
/// in the tooltip; nothing to offer until both ids are there.
/// </summary>
internal sealed class AssistedOneHostValidationIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context)
    {
        if (!context.CanCall(ApiName.Assisted) || context.GetGuid("InfraEnvId") is not { } infraEnvId || context.GetGuid("HostId") is not { } hostId)
        {
            return null;
        }

        return new CompletionQuery("assisted/host-validations/" + hostId.ToString("D"), async ct =>
        {
            var host = await AssistedClient.For(context.Session).GetHostAsync(infraEnvId, hostId, ct).ConfigureAwait(false);
            return new CandidateSet(
                host.Validations
                    .Select(v => new CompletionCandidate(v.Id, null, v.Status + ": " + v.Message))
                    .GroupBy(c => c.Name)
                    .Select(g => g.First())
                    .ToList(),
                isWhole: true);
        });
    }
}

/// <summary>Completes infra-env names (Get-AssistedInfraEnv -Name).</summary>
internal sealed class AssistedInfraEnvNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedListings.InfraEnvs(context);
}

/// <summary>Completes host statuses (Get-AssistedHost -Status) from the service's host state machine; no request is sent.</summary>
internal sealed class AssistedHostStatusCompleter : RedHatApiCompleter
{
    private static readonly string[] Statuses =
    {
        "discovering", "known", "insufficient", "disconnected", "pending-for-input", "binding", "unbinding",
        "preparing-for-installation", "preparing-successful", "installing", "installing-in-progress",
        "installing-pending-user-action", "resetting", "resetting-pending-user-action", "installed", "added-to-existing-cluster",
        "error", "cancelled", "disabled",
    };

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) =>
        new("assisted/host-statuses", _ => System.Threading.Tasks.Task.FromResult(new CandidateSet(Statuses.Select(s => new CompletionCandidate(s)).ToList(), isWhole: true)));
}
