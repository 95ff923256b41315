using System.Collections.Generic;

namespace RedHatApi.Models.Assisted;

/// <summary>One instruction the service gives a host's agent: inventory, connectivity-check, install…</summary>
public sealed class AssistedHostStep
{
    internal AssistedHostStep(string stepType, string stepId, IReadOnlyList<string> args)
    {
        StepType = stepType;
        StepId = stepId;
        Args = args;
    }

    /// <summary>The spec's step-type: inventory, connectivity-check, ntp-synchronizer, install, stop-installation…</summary>
    public string StepType { get; }

    /// <summary>The id the agent's reply names (step type plus a short suffix).</summary>
    public string StepId { get; }

    /// <summary>The step's arguments as the agent receives them.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <inheritdoc />
    public override string ToString() => StepId;
}
