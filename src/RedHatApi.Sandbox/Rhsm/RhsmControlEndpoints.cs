using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>
/// The sandbox's RHSM controls under /_sandbox/rhsm: PUT /settings (auto-delete days, polls before a manifest export
/// completes; absent fields keep their value, reset restores the start-up values) and POST /systems/{uuid}/age, which
/// sets a system's last check-in some days back, so tests and demos can age systems into Stale or into RHSM's
/// auto-delete.
/// </summary>
public static class RhsmControlEndpoints
{
    public static void Map(WebApplication app, RhsmFamily state)
    {
        var control = app.MapGroup("/_sandbox/rhsm");
        control.MapPut("/settings", (SettingsBody body) =>
        {
            if (body.AutoDeleteDays is { } days)
            {
                state.Options.AutoDeleteDays = days;
                state.ApplyAutoDelete();
            }

            if (body.ManifestPolls is { } polls)
            {
                state.Options.ManifestPolls = polls;
            }

            return Results.Json(new { autoDeleteDays = state.Options.AutoDeleteDays, manifestPolls = state.Options.ManifestPolls });
        });

        control.MapPost("/systems/{uuid}/age", (string uuid, AgeBody body) =>
            state.Systems.Age(uuid, body.Days) ? Results.NoContent() : Results.NotFound());
    }

    /// <summary>Body of PUT /_sandbox/rhsm/settings.</summary>
    public sealed class SettingsBody
    {
        public int? AutoDeleteDays { get; set; }

        public int? ManifestPolls { get; set; }
    }

    /// <summary>Body of POST /_sandbox/rhsm/systems/{uuid}/age: days since the last check-in.</summary>
    public sealed class AgeBody
    {
        public double Days { get; set; }
    }
}
