using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// What every store of the emulated cluster shares: one lock (a change may touch several stores, as deleting a
/// service account deletes its token secrets), the cluster-wide resourceVersion that every change bumps as etcd's
/// revision does, compaction, and the seeded random source behind uids, names and tokens.
/// </summary>
public sealed class ClusterCore
{
    private Random _random = new(0);
    private long _revision;
    private long _compactedRevision;
    private DateTimeOffset _lastCompaction = DateTimeOffset.UtcNow;

    internal ClusterCore(ClusterOptions options) => Options = options;

    /// <summary>Held by every store while it reads or changes anything.</summary>
    internal object Gate { get; } = new();

    public ClusterOptions Options { get; }

    /// <summary>The current resourceVersion of the whole cluster.</summary>
    public long Revision
    {
        get
        {
            lock (Gate)
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
            lock (Gate)
            {
                return _compactedRevision;
            }
        }
    }

    /// <summary>What etcd compaction does to open lists: every continue token issued so far stops working.</summary>
    public void Compact()
    {
        lock (Gate)
        {
            _compactedRevision = _revision;
            _revision++;
            _lastCompaction = DateTimeOffset.UtcNow;
        }
    }

    /// <summary>Periodic compaction: continue tokens older than the configured lifetime expire.</summary>
    public void CompactIfDue()
    {
        lock (Gate)
        {
            if (DateTimeOffset.UtcNow - _lastCompaction >= TimeSpan.FromSeconds(Options.ContinueLifetimeSeconds))
            {
                Compact();
            }
        }
    }

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Key(string ns, string name) => ns + "/" + name;

    internal static string ServiceAccountUser(string ns, string name) => $"system:serviceaccount:{ns}:{name}";

    /// <summary>Back to revision 1000 and the seed's random sequence; the caller holds the lock.</summary>
    internal void Reset(int seed)
    {
        _random = new Random(seed ^ 0x0C105E7);
        _revision = 1000;
        _compactedRevision = 0;
        _lastCompaction = DateTimeOffset.UtcNow;
    }

    /// <summary>The next resourceVersion; the caller holds the lock.</summary>
    internal long NextRevision() => ++_revision;

    internal string NewUid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes).ToString("D");
    }

    // Kubernetes' generateName suffix alphabet: no vowels, no 0/1/3, so no accidental words.
    internal string RandomSuffix()
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        return new string(Enumerable.Range(0, 5).Select(_ => alphabet[_random.Next(alphabet.Length)]).ToArray());
    }

    internal string RandomText(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[_random.Next(alphabet.Length)]).ToArray());
    }

    /// <summary>A JWT of the service-account issuer's shape; the signature is random bytes (nobody verifies it here).</summary>
    internal string Jwt(JsonObject payload)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", kid = "sandbox-sa-key" }));
        var body = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = new byte[64];
        _random.NextBytes(signature);
        return header + "." + body + "." + Base64Url(signature);
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
