using System;
using System.Collections.Generic;
using System.Globalization;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// The emulated cluster's state, one store per resource: namespaces, service accounts, secrets, tokens (the
/// authenticator), RBAC, generic objects with their watch events, and the OAuth server. They share
/// <see cref="Core"/>: one lock and the cluster-wide resourceVersion. Deterministic from the seed, so uids and
/// tokens repeat across runs.
/// </summary>
public sealed class ClusterStore
{
    public ClusterStore(ClusterOptions options, int seed)
    {
        Core = new ClusterCore(options);
        Namespaces = new NamespaceStore(Core);
        ServiceAccounts = new ServiceAccountStore(this);
        Secrets = new SecretStore(this);
        Tokens = new TokenStore(this);
        Rbac = new RbacStore(Core);
        Objects = new ObjectStore(Core);
        OAuth = new OAuthStore(Core);
        Reseed(seed);
    }

    /// <summary>The lock, the resourceVersion and compaction every store shares.</summary>
    public ClusterCore Core { get; }

    public ClusterOptions Options => Core.Options;

    public NamespaceStore Namespaces { get; }

    public ServiceAccountStore ServiceAccounts { get; }

    public SecretStore Secrets { get; }

    /// <summary>The authenticator and the tokens the cluster minted.</summary>
    public TokenStore Tokens { get; }

    public RbacStore Rbac { get; }

    /// <summary>ConfigMaps, Pods and Deployments, and the watch events of their changes.</summary>
    public ObjectStore Objects { get; }

    /// <summary>The OAuth server's users and the tokens of password logins.</summary>
    public OAuthStore OAuth { get; }

    /// <summary>
    /// Back to the seeded cluster under the current options (flavor and legacy token secrets change what is seeded).
    /// The order of the seeding steps is the order of draws from the seeded random source: keep it.
    /// </summary>
    public void Reseed(int seed)
    {
        lock (Core.Gate)
        {
            Core.Reset(seed);
            Namespaces.Clear();
            ServiceAccounts.Clear();
            Secrets.Clear();
            Rbac.Clear();
            Tokens.Reseed();
            var created = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
            foreach (var ns in NamespaceStore.Seeded)
            {
                Namespaces.Add(ns, created);
                foreach (var sa in ServiceAccounts.Defaults())
                {
                    ServiceAccounts.Add(ns, sa, null, created, immediate: true);
                }
            }

            for (var i = 1; i <= ServiceAccountStore.SeededRunners; i++)
            {
                ServiceAccounts.Add("ci", "runner-" + i.ToString("00", CultureInfo.InvariantCulture), new Dictionary<string, string> { ["app"] = "ci-runner" }, created.AddMinutes(i), immediate: true);
            }

            // The web pods' uids come before the OAuth passwords in the random sequence, the other objects after.
            var webPods = new List<(string, string, string)>();
            foreach (var pod in new[] { "web-0", "web-1" })
            {
                webPods.Add(("test", pod, Core.NewUid()));
            }

            OAuth.Reseed();
            Objects.Seed(created, webPods);
        }
    }
}
