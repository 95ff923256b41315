using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// The emulated Assisted Installer's state, one store per resource: clusters, their installations (the state
/// machine), infra-envs, hosts, events, credentials, the discovery agent's calls and the request bodies received.
/// Clusters are the real sample payload with their own ids, names and states; installations advance lazily (every
/// read first applies the milestones that are due), so no background thread is needed and the state is exact at
/// any polling rate. One lock, <see cref="Gate"/>, guards every store: one operation often touches several.
/// </summary>
public sealed class AssistedStore
{
    private readonly (int Step, bool Fail) _initial;

    public AssistedStore(AssistedOptions options, int seed)
    {
        Options = options;
        _initial = (options.StepMilliseconds, options.FailInstalls);
        Clusters = new AssistedClusters(this);
        Installs = new AssistedInstalls(this);
        InfraEnvs = new AssistedInfraEnvs(this);
        Hosts = new AssistedHosts(this);
        Events = new AssistedEvents(this);
        Agents = new AssistedAgents(this);
        Credentials = new AssistedCredentials(this);
        Bodies = new AssistedBodies(this);
        Reseed(seed);
    }

    public AssistedOptions Options { get; }

    public AssistedClusters Clusters { get; }

    /// <summary>Install, cancel and reset, and the state machine an installation runs through.</summary>
    public AssistedInstalls Installs { get; }

    public AssistedInfraEnvs InfraEnvs { get; }

    public AssistedHosts Hosts { get; }

    public AssistedEvents Events { get; }

    /// <summary>What a host's discovery agent does: register, ask for steps, report progress.</summary>
    public AssistedAgents Agents { get; }

    /// <summary>kubeadmin's password and the kubeconfigs an installation leaves behind.</summary>
    public AssistedCredentials Credentials { get; }

    /// <summary>Bodies of the POST, PUT and PATCH requests received.</summary>
    public AssistedBodies Bodies { get; }

    /// <summary>Held by every store while it reads or changes anything.</summary>
    internal object Gate { get; } = new();

    internal int Seed { get; private set; }

    /// <summary>Back to the seeded clusters, infra-envs, hosts and events, and to the start-up install settings.</summary>
    public void Reseed(int seed)
    {
        lock (Gate)
        {
            Seed = seed;
            Options.StepMilliseconds = _initial.Step;
            Options.FailInstalls = _initial.Fail;
            Clusters.Clear();
            Events.Clear();
            Bodies.Clear();
            InfraEnvs.Clear();
            Hosts.Clear();
            AssistedSeed.Apply(this, Truncate(DateTimeOffset.UtcNow));
        }
    }

    /// <summary>Deterministic id from the seed and a name, so a reseeded sandbox has the same clusters.</summary>
    internal string IdFor(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("assisted/" + Seed + "/" + name));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    internal static DateTimeOffset Truncate(DateTimeOffset at) => new(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, TimeSpan.Zero);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
