using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// Secrets of service accounts: legacy token secrets, filled by the token controller a moment after their creation,
/// and OpenShift's dockercfg pull secrets.
/// </summary>
public sealed class SecretStore
{
    public const string TokenSecretType = "kubernetes.io/service-account-token";
    public const string DockercfgSecretType = "kubernetes.io/dockercfg";
    public const string ServiceAccountNameAnnotation = "kubernetes.io/service-account.name";
    public const string ServiceAccountUidAnnotation = "kubernetes.io/service-account.uid";

    private readonly ClusterStore _cluster;
    private readonly SortedDictionary<string, SecretRecord> _secrets = new(StringComparer.Ordinal);

    internal SecretStore(ClusterStore cluster) => _cluster = cluster;

    private ClusterCore Core => _cluster.Core;

    public JsonObject? Get(string ns, string name)
    {
        lock (Core.Gate)
        {
            return _secrets.TryGetValue(ClusterCore.Key(ns, name), out var secret) ? Render(secret, withKind: true) : null;
        }
    }

    public IReadOnlyList<(string Key, JsonObject Item)> List(string ns, string? type)
    {
        lock (Core.Gate)
        {
            return _secrets
                .Where(p => p.Value.Namespace == ns && (type is null || p.Value.Type == type))
                .Select(p => (p.Key, Render(p.Value, withKind: false)))
                .ToList();
        }
    }

    /// <summary>The uid of a secret, for bound-object checks.</summary>
    public (string Uid, bool Found) Uid(string ns, string name)
    {
        lock (Core.Gate)
        {
            return _secrets.TryGetValue(ClusterCore.Key(ns, name), out var secret) ? (secret.Uid, true) : (string.Empty, false);
        }
    }

    /// <summary>The secret's uid when it exists; the caller holds the lock.</summary>
    internal string? UidOf(string ns, string name) => _secrets.TryGetValue(ClusterCore.Key(ns, name), out var secret) ? secret.Uid : null;

    internal void Clear() => _secrets.Clear();

    /// <summary>Deletes the secrets a service account owns; the caller holds the lock.</summary>
    internal void RemoveOwnedBy(string ns, string serviceAccount)
    {
        foreach (var secret in _secrets.Values.Where(s => s.Namespace == ns && s.Annotations.TryGetValue(ServiceAccountNameAnnotation, out var owner) && owner == serviceAccount).ToList())
        {
            _secrets.Remove(ClusterCore.Key(ns, secret.Name));
        }
    }

    /// <summary>Adds a secret owned by a service account and returns its name; the caller holds the lock.</summary>
    internal string Add(string ns, string name, string type, ServiceAccountRecord owner, DateTimeOffset created, bool immediate)
    {
        var annotations = new Dictionary<string, string>
        {
            [ServiceAccountNameAnnotation] = owner.Name,
            [ServiceAccountUidAnnotation] = owner.Uid,
        };
        var fillAt = immediate ? DateTimeOffset.MinValue : DateTimeOffset.UtcNow.AddMilliseconds(Core.Options.TokenSecretDelayMilliseconds);
        var secret = new SecretRecord(ns, name, Core.NewUid(), type, annotations, created, fillAt, Core.NextRevision());
        if (type == DockercfgSecretType)
        {
            secret.Data[".dockercfg"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"image-registry.openshift-image-registry.svc:5000\":{\"auth\":\"" + Core.RandomText(24) + "\"}}"));
        }

        _secrets[ClusterCore.Key(ns, name)] = secret;
        return name;
    }

    /// <summary>
    /// The token controller's work, done lazily: once a token secret is older than the fill delay, its data holds a
    /// token (base64) that authenticates as the account, with ca.crt and namespace beside it.
    /// </summary>
    private void FillIfDue(SecretRecord secret)
    {
        if (secret.Type != TokenSecretType || secret.Data.ContainsKey("token") || DateTimeOffset.UtcNow < secret.FillAt)
        {
            return;
        }

        var ns = secret.Namespace;
        var token = _cluster.Tokens.MintLegacy(ns, secret.Annotations[ServiceAccountNameAnnotation], secret.Annotations[ServiceAccountUidAnnotation], secret.Name);
        secret.Data["token"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(token));
        secret.Data["namespace"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(ns));
        secret.Data["ca.crt"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("-----BEGIN CERTIFICATE-----\nsandbox\n-----END CERTIFICATE-----\n"));
        secret.ResourceVersion = Core.NextRevision();
    }

    private JsonObject Render(SecretRecord secret, bool withKind)
    {
        FillIfDue(secret);
        var item = new JsonObject();
        if (withKind)
        {
            item["kind"] = "Secret";
            item["apiVersion"] = "v1";
        }

        item["metadata"] = new JsonObject
        {
            ["name"] = secret.Name,
            ["namespace"] = secret.Namespace,
            ["uid"] = secret.Uid,
            ["resourceVersion"] = secret.ResourceVersion.ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = ClusterCore.Time(secret.Created),
            ["annotations"] = new JsonObject(secret.Annotations.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))),
        };
        if (secret.Data.Count > 0)
        {
            item["data"] = new JsonObject(secret.Data.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value)));
        }

        item["type"] = secret.Type;
        return item;
    }

    private sealed class SecretRecord(string ns, string name, string uid, string type, Dictionary<string, string> annotations, DateTimeOffset created, DateTimeOffset fillAt, long resourceVersion)
    {
        public string Namespace { get; } = ns;

        public string Name { get; } = name;

        public string Uid { get; } = uid;

        public string Type { get; } = type;

        public Dictionary<string, string> Annotations { get; } = annotations;

        public DateTimeOffset Created { get; } = created;

        public DateTimeOffset FillAt { get; } = fillAt;

        public long ResourceVersion { get; set; } = resourceVersion;

        public Dictionary<string, string> Data { get; } = new(StringComparer.Ordinal);
    }
}
