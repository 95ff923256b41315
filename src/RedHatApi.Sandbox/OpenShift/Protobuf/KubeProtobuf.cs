using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using static RedHatApi.Sandbox.OpenShift.Protobuf.ProtoType;

namespace RedHatApi.Sandbox.OpenShift.Protobuf;

/// <summary>
/// Kubernetes' protobuf encoding (k8s.io/apimachinery/pkg/runtime/serializer/protobuf): the magic "k8s\0", then a
/// runtime.Unknown { 1: typeMeta { 1: apiVersion, 2: kind }, 2: raw, 3: contentEncoding, 4: contentType } whose raw
/// bytes are the object's own message. kubectl sends built-in types this way (create serviceaccount, create token,
/// create rolebinding, create configmap); the API server accepts it as well as JSON, so the sandbox decodes the kinds
/// it can store into the JSON its handlers read.
/// </summary>
internal static class KubeProtobuf
{
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    private static readonly byte[] Magic = { 0x6B, 0x38, 0x73, 0x00 };

    private static readonly ProtoMessage ObjectMeta = new(
        new ProtoField(1, "name", Text),
        new ProtoField(2, "generateName", Text),
        new ProtoField(3, "namespace", Text),
        new ProtoField(5, "uid", Text),
        new ProtoField(6, "resourceVersion", Text),
        new ProtoField(7, "generation", Number),
        new ProtoField(8, "creationTimestamp", ProtoType.Time),
        new ProtoField(11, "labels", StringMap),
        new ProtoField(12, "annotations", StringMap),
        new ProtoField(14, "finalizers", Text, Repeated: true));

    private static readonly ProtoMessage ObjectReference = new(
        new ProtoField(1, "kind", Text),
        new ProtoField(2, "namespace", Text),
        new ProtoField(3, "name", Text),
        new ProtoField(4, "uid", Text),
        new ProtoField(5, "apiVersion", Text));

    private static readonly ProtoMessage LocalObjectReference = new(new ProtoField(1, "name", Text));

    private static readonly ProtoMessage ServiceAccount = new(
        new ProtoField(1, "metadata", Message, Message: ObjectMeta),
        new ProtoField(2, "secrets", Message, Repeated: true, Message: ObjectReference),
        new ProtoField(3, "imagePullSecrets", Message, Repeated: true, Message: LocalObjectReference),
        new ProtoField(4, "automountServiceAccountToken", Flag));

    private static readonly ProtoMessage ConfigMap = new(
        new ProtoField(1, "metadata", Message, Message: ObjectMeta),
        new ProtoField(2, "data", StringMap),
        new ProtoField(3, "binaryData", BytesMap),
        new ProtoField(4, "immutable", Flag));

    private static readonly ProtoMessage TokenRequest = new(
        new ProtoField(1, "metadata", Message, Message: ObjectMeta),
        new ProtoField(2, "spec", Message, Message: new ProtoMessage(
            new ProtoField(1, "audiences", Text, Repeated: true),
            new ProtoField(4, "expirationSeconds", Number),
            new ProtoField(3, "boundObjectRef", Message, Message: new ProtoMessage(
                new ProtoField(1, "kind", Text),
                new ProtoField(2, "apiVersion", Text),
                new ProtoField(3, "name", Text),
                new ProtoField(4, "uid", Text))))));

    private static readonly ProtoMessage Binding = new(
        new ProtoField(1, "metadata", Message, Message: ObjectMeta),
        new ProtoField(2, "subjects", Message, Repeated: true, Message: new ProtoMessage(
            new ProtoField(1, "kind", Text),
            new ProtoField(2, "apiGroup", Text),
            new ProtoField(3, "name", Text),
            new ProtoField(4, "namespace", Text))),
        new ProtoField(3, "roleRef", Message, Message: new ProtoMessage(
            new ProtoField(1, "apiGroup", Text),
            new ProtoField(2, "kind", Text),
            new ProtoField(3, "name", Text))));

    private static readonly ProtoMessage SelfSubjectReview = new(new ProtoField(1, "metadata", Message, Message: ObjectMeta));

    private static readonly ProtoMessage SelfSubjectAccessReview = new(
        new ProtoField(1, "metadata", Message, Message: ObjectMeta),
        new ProtoField(2, "spec", Message, Message: new ProtoMessage(
            new ProtoField(1, "resourceAttributes", Message, Message: new ProtoMessage(
                new ProtoField(1, "namespace", Text),
                new ProtoField(2, "verb", Text),
                new ProtoField(3, "group", Text),
                new ProtoField(4, "version", Text),
                new ProtoField(5, "resource", Text),
                new ProtoField(6, "subresource", Text),
                new ProtoField(7, "name", Text))),
            new ProtoField(2, "nonResourceAttributes", Message, Message: new ProtoMessage(
                new ProtoField(1, "path", Text),
                new ProtoField(2, "verb", Text))))));

    /// <summary>The kinds the sandbox can take as protobuf: apiVersion/kind → message.</summary>
    private static readonly Dictionary<string, ProtoMessage> Kinds = new(StringComparer.Ordinal)
    {
        ["v1/ServiceAccount"] = ServiceAccount,
        ["v1/ConfigMap"] = ConfigMap,
        ["authentication.k8s.io/v1/TokenRequest"] = TokenRequest,
        ["authentication.k8s.io/v1/SelfSubjectReview"] = SelfSubjectReview,
        ["authorization.k8s.io/v1/SelfSubjectAccessReview"] = SelfSubjectAccessReview,
        ["rbac.authorization.k8s.io/v1/RoleBinding"] = Binding,
        ["rbac.authorization.k8s.io/v1/ClusterRoleBinding"] = Binding,
    };

    /// <summary>The kinds <see cref="Decode"/> knows, for error messages and help.</summary>
    public static IEnumerable<string> KnownKinds => Kinds.Keys;

    /// <summary>
    /// The object in a protobuf body as JSON (apiVersion and kind first, as kubectl's JSON has them). Throws
    /// <see cref="InvalidDataException"/> for a body that is not Kubernetes protobuf, and
    /// <see cref="NotSupportedException"/> for a kind the sandbox does not decode.
    /// </summary>
    public static JsonObject Decode(ReadOnlySpan<byte> body)
    {
        if (body.Length < Magic.Length || !body[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException("the body does not start with the Kubernetes protobuf magic number");
        }

        var reader = new ProtoReader(body[Magic.Length..]);
        string? apiVersion = null, kind = null;
        ReadOnlySpan<byte> raw = default;
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == 2)
            {
                var typeMeta = new ProtoReader(reader.ReadBytes());
                while (typeMeta.TryReadTag(out var f, out var w))
                {
                    if (w != 2)
                    {
                        typeMeta.Skip(w);
                    }
                    else if (f == 1)
                    {
                        apiVersion = Encoding.UTF8.GetString(typeMeta.ReadBytes());
                    }
                    else if (f == 2)
                    {
                        kind = Encoding.UTF8.GetString(typeMeta.ReadBytes());
                    }
                    else
                    {
                        typeMeta.Skip(w);
                    }
                }
            }
            else if (field == 2 && wireType == 2)
            {
                raw = reader.ReadBytes();
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        var key = apiVersion + "/" + kind;
        if (!Kinds.TryGetValue(key, out var message))
        {
            throw new NotSupportedException(key);
        }

        var json = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind };
        foreach (var (name, value) in message.Decode(raw))
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }
}
