using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;

namespace RedHatApi.Sandbox.Control;

/// <summary>
/// The sandbox itself as a family: the server flags (port, seed, TLS, image size), the fault flags, and the control
/// API under /_sandbox (credentials, faults, settings, request log, reset). Comes first, so a reset clears faults
/// before the API families reseed.
/// </summary>
public sealed class ControlFamily : ISandboxFamily
{
    private SandboxState? _state;

    public int Order => 0;

    public string Name => "Server and faults";

    public IReadOnlyList<SandboxFlag> Flags { get; } = new[]
    {
        new SandboxFlag("--port", "8443", "TCP port on 127.0.0.1 (0: a free one).", (o, v) => o.Port = SandboxFlag.Count(v)),
        new SandboxFlag("--seed", "42", "Seed of the deterministic data, tokens and fault rolls.", (o, v) => o.Seed = SandboxFlag.Count(v)),
        SandboxFlag.Switch("--tls", "Also serve every route over HTTPS on a second port, with a certificate of a throw-away CA (banner: TLS, TLS CA (PEM)).", o => o.Tls = true),
        new SandboxFlag("--image-bytes", "1048576", "Size of a boot ISO (RHSM images, Assisted discovery images); KVM images are twice, DVDs three times that.", (o, v) => o.ImageBytes = SandboxFlag.WholeNumber(v)),
        new SandboxFlag("--latency-ms", "N", "Added to every API and SSO request.", (o, v) => o.Faults.LatencyMs = SandboxFlag.Count(v)),
        new SandboxFlag("--error-rate", "0..1", "Share of requests answered with --error-status.", (o, v) => o.Faults.ErrorRate = SandboxFlag.Number(v)),
        new SandboxFlag("--error-status", "503", "Status of random errors.", (o, v) => o.Faults.ErrorStatus = SandboxFlag.Count(v)),
        new SandboxFlag("--throttle-rate", "0..1", "Share of requests answered 429 with Retry-After and X-RateLimit-Delay.", (o, v) => o.Faults.ThrottleRate = SandboxFlag.Number(v)),
        new SandboxFlag("--retry-after", "<s>", "Seconds the 429 and 503 answers ask clients to wait.", (o, v) => o.Faults.RetryAfterSeconds = SandboxFlag.Number(v)),
        new SandboxFlag("--drop-rate", "0..1", "Share of connections dropped without an answer.", (o, v) => o.Faults.DropRate = SandboxFlag.Number(v)),
        new SandboxFlag("--malformed-rate", "0..1", "Share of 200 answers whose JSON is cut short.", (o, v) => o.Faults.MalformedRate = SandboxFlag.Number(v)),
    };

    public IReadOnlyList<string> Help { get; } = new[]
    {
        "Control API (main port, never faulted): GET /health, GET /_sandbox/credentials,",
        "  GET/PUT/DELETE /_sandbox/faults, POST /_sandbox/faults/rules, PUT /_sandbox/settings, POST /_sandbox/revoke,",
        "  GET/DELETE /_sandbox/requests, GET /_sandbox/stats, POST /_sandbox/reset (data, tokens, faults and every setting back to start-up).",
    };

    public void Initialize(SandboxState state) => _state = state;

    public void Map(WebApplication app) => ControlEndpoints.Map(app, _state!);

    public void Reset() => _state!.ClearFaults();
}
