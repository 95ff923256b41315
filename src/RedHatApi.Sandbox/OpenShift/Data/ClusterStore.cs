using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RedHatApi.Sandbox.OpenShift;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>Who a bearer token belongs to, as the authenticator sees it.</summary>
public sealed record ClusterIdentity(string UserName, string Uid, IReadOnlyList<string> Groups, bool IsAdmin, IReadOnlyDictionary<string, string[]> Extra)
{
    public bool IsServiceAccount => UserName.StartsWith("system:serviceaccount:", StringComparison.Ordinal);
}

/// <summary>
/// The emulated cluster's objects: namespaces, service accounts, secrets, a few pods, and the tokens it has issued.
/// One lock guards it all; every change bumps the cluster-wide resourceVersion, as etcd's revision does.
/// Deterministic from the seed, so uids and tokens repeat across runs.
/// </summary>
public sealed partial class ClusterStore
{
    public const string TokenSecretType = "kubernetes.io/service-account-token";
    public const string DockercfgSecretType = "kubernetes.io/dockercfg";
    public const string ServiceAccountNameAnnotation = "kubernetes.io/service-account.name";
    public const string ServiceAccountUidAnnotation = "kubernetes.io/service-account.uid";

    /// <summary>Namespaces every cluster starts with; "ci" holds enough service accounts to page through.</summary>
    public static readonly string[] SeededNamespaces = { "ci", "default", "kube-system", "test" };

    /// <summary>Service accounts seeded in "ci" besides the per-namespace ones.</summary>
    public const int SeededRunners = 20;

    private readonly object _gate = new();
    private readonly ClusterOptions _options;
    private readonly SortedDictionary<string, NamespaceRecord> _namespaces = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ServiceAccountRecord> _serviceAccounts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SecretRecord> _secrets = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, PodRecord> _pods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private Random _random = new(0);
    private long _revision;
    private long _compactedRevision;
    private DateTimeOffset _lastCompaction = DateTimeOffset.UtcNow;

    public ClusterStore(ClusterOptions options, int seed)
    {
        _options = options;
        Reseed(seed);
    }

    /// <summary>A cluster-admin token, like kubeadmin's OAuth token (sha256~…).</summary>
    public string AdminToken { get; private set; } = string.Empty;

    /// <summary>A token of an ordinary user who may ask who they are and little else.</summary>
    public string DeveloperToken { get; private set; } = string.Empty;

    public ClusterOptions Options => _options;

    /// <summary>The current resourceVersion of the whole cluster.</summary>
    public long Revision
    {
        get
        {
            lock (_gate)
            {
                return _revision;
            }
        }
    }

    /// <summary>Continue tokens of lists at or below this revision are expired (410).</summary>
    public long CompactedRevision
    {
        get
        {
            lock (_gate)
            {
                return _compactedRevision;
            }
        }
    }

    /// <summary>What etcd compaction does to open lists: every continue token issued so far stops working.</summary>
    public void Compact()
    {
        lock (_gate)
        {
            _compactedRevision = _revision;
            _revision++;
            _lastCompaction = DateTimeOffset.UtcNow;
        }
    }

    /// <summary>Periodic compaction: continue tokens older than the configured lifetime expire.</summary>
    public void CompactIfDue()
    {
        lock (_gate)
        {
            if (DateTimeOffset.UtcNow - _lastCompaction >= TimeSpan.FromSeconds(_options.ContinueLifetimeSeconds))
            {
                _compactedRevision = _revision;
                _revision++;
                _lastCompaction = DateTimeOffset.UtcNow;
            }
        }
    }

    public void Reseed(int seed)
    {
        lock (_gate)
        {
            _random = new Random(seed ^ 0x0C105E7);
            _namespaces.Clear();
            _serviceAccounts.Clear();
            _secrets.Clear();
            _pods.Clear();
            _tokens.Clear();
            _bindings.Clear();
            _revision = 1000;
            _compactedRevision = 0;
            _lastCompaction = DateTimeOffset.UtcNow;
            AdminToken = "sha256~" + RandomText(43);
            DeveloperToken = "sha256~" + RandomText(43);
            var created = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
            foreach (var ns in SeededNamespaces)
            {
                _namespaces[ns] = new NamespaceRecord(ns, NewUid(), created);
                foreach (var sa in DefaultServiceAccounts())
                {
                    AddServiceAccount(ns, sa, null, created, immediate: true);
                }
            }

            for (var i = 1; i <= SeededRunners; i++)
            {
                AddServiceAccount("ci", "runner-" + i.ToString("00", CultureInfo.InvariantCulture), new Dictionary<string, string> { ["app"] = "ci-runner" }, created.AddMinutes(i), immediate: true);
            }

            foreach (var pod in new[] { "web-0", "web-1" })
            {
                _pods[Key("test", pod)] = new PodRecord("test", pod, NewUid());
            }

            SeedOAuth();
            SeedObjects(created);
        }
    }

    /// <summary>Service accounts every namespace gets: default, plus builder and deployer on OpenShift.</summary>
    private string[] DefaultServiceAccounts() =>
        _options.Flavor == ClusterFlavor.OpenShift ? new[] { "builder", "default", "deployer" } : new[] { "default" };

    public bool NamespaceExists(string ns)
    {
        lock (_gate)
        {
            return _namespaces.ContainsKey(ns);
        }
    }

    public JsonObject? GetServiceAccount(string ns, string name)
    {
        lock (_gate)
        {
            return _serviceAccounts.TryGetValue(Key(ns, name), out var sa) ? Render(sa, withKind: true) : null;
        }
    }

    /// <summary>Service accounts of one namespace (or all) in key order, each with its key for continue tokens.</summary>
    public IReadOnlyList<(string Key, JsonObject Item)> ListServiceAccounts(string? ns, Func<IReadOnlyDictionary<string, string>, bool>? labels = null)
    {
        lock (_gate)
        {
            return _serviceAccounts
                .Where(p => (ns is null || p.Value.Namespace == ns) && (labels is null || labels(p.Value.Labels)))
                .Select(p => (p.Key, Render(p.Value, withKind: false)))
                .ToList();
        }
    }

    /// <summary>POST serviceaccounts: null when the name is taken.</summary>
    public JsonObject? CreateServiceAccount(string ns, string name, IReadOnlyDictionary<string, string>? labels)
    {
        lock (_gate)
        {
            if (_serviceAccounts.ContainsKey(Key(ns, name)))
            {
                return null;
            }

            return Render(AddServiceAccount(ns, name, labels, DateTimeOffset.UtcNow, immediate: false), withKind: true);
        }
    }

    /// <summary>DELETE: the token controller deletes the account's token secrets with it, which revokes their tokens.</summary>
    public JsonObject? DeleteServiceAccount(string ns, string name)
    {
        lock (_gate)
        {
            if (!_serviceAccounts.Remove(Key(ns, name), out var sa))
            {
                return null;
            }

            foreach (var secret in _secrets.Values.Where(s => s.Namespace == ns && s.Annotations.TryGetValue(ServiceAccountNameAnnotation, out var owner) && owner == name).ToList())
            {
                _secrets.Remove(Key(ns, secret.Name));
            }

            _revision++;
            return Render(sa, withKind: true);
        }
    }

    /// <summary>Pods live with the other generic objects (ClusterStore.Objects.cs); web-0 and web-1 are seeded from _pods.</summary>
    public (string Uid, bool Found) PodUid(string ns, string name)
    {
        lock (_gate)
        {
            return _objects.TryGetValue(ObjectKey("pods", ns, name), out var pod) ? (pod["metadata"]!["uid"]!.GetValue<string>(), true) : (string.Empty, false);
        }
    }

    public JsonObject? GetPod(string ns, string name) => GetObject("pods", ns, name);

    public JsonObject? GetSecret(string ns, string name)
    {
        lock (_gate)
        {
            return _secrets.TryGetValue(Key(ns, name), out var secret) ? Render(secret, withKind: true) : null;
        }
    }

    public IReadOnlyList<(string Key, JsonObject Item)> ListSecrets(string ns, string? type)
    {
        lock (_gate)
        {
            return _secrets
                .Where(p => p.Value.Namespace == ns && (type is null || p.Value.Type == type))
                .Select(p => (p.Key, Render(p.Value, withKind: false)))
                .ToList();
        }
    }

    private ServiceAccountRecord AddServiceAccount(string ns, string name, IReadOnlyDictionary<string, string>? labels, DateTimeOffset created, bool immediate)
    {
        var sa = new ServiceAccountRecord(ns, name, NewUid(), created, new Dictionary<string, string>(labels ?? new Dictionary<string, string>()), ++_revision);
        _serviceAccounts[Key(ns, name)] = sa;
        if (_options.LegacyTokenSecrets)
        {
            var secret = AddSecret(ns, name + "-token-" + RandomSuffix(), TokenSecretType, sa, created, immediate);
            sa.Secrets.Add(secret.Name);
        }

        if (_options.Flavor == ClusterFlavor.OpenShift)
        {
            // OpenShift's image registry controller still gives every account a pull secret, also after 4.11.
            var dockercfg = AddSecret(ns, name + "-dockercfg-" + RandomSuffix(), DockercfgSecretType, sa, created, immediate: true);
            sa.Secrets.Add(dockercfg.Name);
            sa.ImagePullSecrets.Add(dockercfg.Name);
        }

        return sa;
    }

    private SecretRecord AddSecret(string ns, string name, string type, ServiceAccountRecord owner, DateTimeOffset created, bool immediate)
    {
        var annotations = new Dictionary<string, string>
        {
            [ServiceAccountNameAnnotation] = owner.Name,
            [ServiceAccountUidAnnotation] = owner.Uid,
        };
        var fillAt = immediate ? DateTimeOffset.MinValue : DateTimeOffset.UtcNow.AddMilliseconds(_options.TokenSecretDelayMilliseconds);
        var secret = new SecretRecord(ns, name, NewUid(), type, annotations, created, fillAt, ++_revision);
        if (type == DockercfgSecretType)
        {
            secret.Data[".dockercfg"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"image-registry.openshift-image-registry.svc:5000\":{\"auth\":\"" + RandomText(24) + "\"}}"));
        }

        _secrets[Key(ns, name)] = secret;
        return secret;
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
        var saName = secret.Annotations[ServiceAccountNameAnnotation];
        var payload = new JsonObject
        {
            ["iss"] = "kubernetes/serviceaccount",
            ["kubernetes.io/serviceaccount/namespace"] = ns,
            ["kubernetes.io/serviceaccount/secret.name"] = secret.Name,
            ["kubernetes.io/serviceaccount/service-account.name"] = saName,
            ["kubernetes.io/serviceaccount/service-account.uid"] = secret.Annotations[ServiceAccountUidAnnotation],
            ["sub"] = ServiceAccountUser(ns, saName),
        };
        var token = Jwt(payload);
        _tokens[token] = new IssuedToken(ns, saName, secret.Annotations[ServiceAccountUidAnnotation], null, null, null, null, secret.Name);
        secret.Data["token"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(token));
        secret.Data["namespace"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(ns));
        secret.Data["ca.crt"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("-----BEGIN CERTIFICATE-----\nsandbox\n-----END CERTIFICATE-----\n"));
        secret.ResourceVersion = ++_revision;
    }

    private static JsonObject Render(ServiceAccountRecord sa, bool withKind)
    {
        var metadata = new JsonObject
        {
            ["name"] = sa.Name,
            ["namespace"] = sa.Namespace,
            ["uid"] = sa.Uid,
            ["resourceVersion"] = sa.ResourceVersion.ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = Time(sa.Created),
        };
        if (sa.Labels.Count > 0)
        {
            metadata["labels"] = new JsonObject(sa.Labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value)));
        }

        var item = new JsonObject();
        if (withKind)
        {
            item["kind"] = "ServiceAccount";
            item["apiVersion"] = "v1";
        }

        item["metadata"] = metadata;
        if (sa.Secrets.Count > 0)
        {
            item["secrets"] = new JsonArray(sa.Secrets.Select(s => (JsonNode)new JsonObject { ["name"] = s }).ToArray());
        }

        if (sa.ImagePullSecrets.Count > 0)
        {
            item["imagePullSecrets"] = new JsonArray(sa.ImagePullSecrets.Select(s => (JsonNode)new JsonObject { ["name"] = s }).ToArray());
        }

        return item;
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
            ["creationTimestamp"] = Time(secret.Created),
            ["annotations"] = new JsonObject(secret.Annotations.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))),
        };
        if (secret.Data.Count > 0)
        {
            item["data"] = new JsonObject(secret.Data.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value)));
        }

        item["type"] = secret.Type;
        return item;
    }

    internal static string ServiceAccountUser(string ns, string name) => $"system:serviceaccount:{ns}:{name}";

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Key(string ns, string name) => ns + "/" + name;

    private string NewUid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes).ToString("D");
    }

    // Kubernetes' generateName suffix alphabet: no vowels, no 0/1/3, so no accidental words.
    private string RandomSuffix()
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        return new string(Enumerable.Range(0, 5).Select(_ => alphabet[_random.Next(alphabet.Length)]).ToArray());
    }

    private string RandomText(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[_random.Next(alphabet.Length)]).ToArray());
    }

    private string Jwt(JsonObject payload)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", kid = "sandbox-sa-key" }));
        var body = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = new byte[64];
        _random.NextBytes(signature);
        return header + "." + body + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record NamespaceRecord(string Name, string Uid, DateTimeOffset Created);

    private sealed record PodRecord(string Namespace, string Name, string Uid);

    private sealed class ServiceAccountRecord(string ns, string name, string uid, DateTimeOffset created, Dictionary<string, string> labels, long resourceVersion)
    {
        public string Namespace { get; } = ns;

        public string Name { get; } = name;

        public string Uid { get; } = uid;

        public DateTimeOffset Created { get; } = created;

        public Dictionary<string, string> Labels { get; } = labels;

        public long ResourceVersion { get; } = resourceVersion;

        public List<string> Secrets { get; } = new();

        public List<string> ImagePullSecrets { get; } = new();
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

    /// <summary>A service-account token the cluster minted: bound (TokenRequest) or legacy (from a secret).</summary>
    private sealed record IssuedToken(
        string Namespace, string ServiceAccount, string ServiceAccountUid, DateTimeOffset? ExpiresAt,
        string? BoundKind, string? BoundName, string? BoundUid, string? SecretName);
}
