using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// Wire shapes of the agent-facing calls: the next-step instructions (the spec's "steps" and "step").

/// <summary>The "steps" definition: what the agent runs next and when to ask again.</summary>
internal sealed class AssistedStepsWire
{
    [JsonPropertyName("next_instruction_seconds")]
    public int? NextInstructionSeconds { get; set; }

    [JsonPropertyName("post_step_action")]
    public string? PostStepAction { get; set; }

    [JsonPropertyName("instructions")]
    public List<AssistedStepWire>? Instructions { get; set; }
}

/// <summary>The "step" definition.</summary>
internal sealed class AssistedStepWire
{
    [JsonPropertyName("step_type")]
    public string? StepType { get; set; }

    [JsonPropertyName("step_id")]
    public string? StepId { get; set; }

    [JsonPropertyName("args")]
    public List<string>? Args { get; set; }
}
