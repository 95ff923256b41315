using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// The next-step instructions of one host (GET …/hosts/{host_id}/instructions): the steps its agent runs, when it asks
/// again, and whether it keeps going (continue) or stops (exit).
/// </summary>
public sealed class AssistedHostInstructions
{
    internal AssistedHostInstructions(Guid infraEnvId, Guid hostId, int? nextInstructionSeconds, string postStepAction, IReadOnlyList<AssistedHostStep> steps)
    {
        InfraEnvId = infraEnvId;
        HostId = hostId;
        NextInstructionSeconds = nextInstructionSeconds;
        PostStepAction = postStepAction;
        Steps = steps;
    }

    /// <summary>The host's infra-env.</summary>
    public Guid InfraEnvId { get; }

    /// <summary>The host the instructions are for.</summary>
    public Guid HostId { get; }

    /// <summary>Seconds the agent waits before it asks again.</summary>
    public int? NextInstructionSeconds { get; }

    /// <summary>continue (ask again) or exit (the agent stops, for example once the host is installed).</summary>
    public string PostStepAction { get; }

    /// <summary>The steps, in the order the agent runs them.</summary>
    public IReadOnlyList<AssistedHostStep> Steps { get; }

    /// <summary>The step types, for the table view.</summary>
    public IReadOnlyList<string> StepTypes => Steps.Select(s => s.StepType).ToList();

    /// <inheritdoc />
    public override string ToString() => $"{HostId:D}: {string.Join(", ", StepTypes)} ({PostStepAction})";
}
