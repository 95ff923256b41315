using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace RedHatApi.Sandbox;

/// <summary>
/// One emulated API family (Red Hat SSO, RHSM, the Assisted Installer, an OpenShift cluster, and the sandbox's own
/// control API) as a plug-in. A family declares its command-line flags and help, builds and resets its stores, maps
/// its routes and adds its lines to the banner and to /_sandbox/credentials. The server finds every family by
/// reflection (<see cref="SandboxFamilies"/>), so a new family is a folder with one class implementing this interface;
/// Program, SandboxServer, SandboxOptions, SandboxState and the control API stay as they are.
/// </summary>
/// <remarks>
/// Life cycle, once per server: <see cref="Initialize"/> (stores from the options), <see cref="Listen"/> (extra
/// listeners), <see cref="Map"/> (routes); then <see cref="Reset"/> on every POST /_sandbox/reset. A family that needs
/// another one (RHSM and Assisted check SSO tokens) asks the state for it: <c>state.Family&lt;SsoFamily&gt;()</c>.
/// </remarks>
public interface ISandboxFamily
{
    /// <summary>Where the family comes in help, banner, credentials and reset (lower first; reset order matters only
    /// when one family's data is derived from another's).</summary>
    int Order { get; }

    /// <summary>The heading of its part of --help ("Red Hat SSO", "RHSM", ...).</summary>
    string Name { get; }

    /// <summary>Its command-line flags; each sets a field of the family's options (or a shared one) before start.</summary>
    IReadOnlyList<SandboxFlag> Flags { get; }

    /// <summary>Further lines of --help: control routes under /_sandbox, and what clients can and cannot do.</summary>
    IReadOnlyList<string> Help => Array.Empty<string>();

    /// <summary>Builds the family's stores from the options (seeded) and remembers the start-up settings for reset.</summary>
    void Initialize(SandboxState state);

    /// <summary>Asks for listeners beyond the main HTTP port (the cluster API has its own HTTPS port).</summary>
    void Listen(SandboxListeners listeners)
    {
    }

    /// <summary>Maps the family's API routes and its control routes under /_sandbox.</summary>
    void Map(WebApplication app);

    /// <summary>Back to the start: seeded data, and every setting the control API can change put back to its start-up value.</summary>
    void Reset();

    /// <summary>Adds the family's credentials to the GET /_sandbox/credentials document.</summary>
    void AddCredentials(JsonObject credentials)
    {
    }

    /// <summary>"Label : value" lines of the start-up banner (machine-readable: tests read them by label).</summary>
    IEnumerable<KeyValuePair<string, string>> Banner() => Array.Empty<KeyValuePair<string, string>>();
}
