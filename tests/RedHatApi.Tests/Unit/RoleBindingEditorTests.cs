using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>
/// The RBAC read-modify-write of Grant- and Revoke-OpenShiftRole against an in-memory binding store that changes
/// under the editor's feet: a 409 Conflict is read again and redone, never a lost update, and given up after three reads.
/// </summary>
public sealed class RoleBindingEditorTests
{
    private static readonly OpenShiftSubject Ci = new("ServiceAccount", "ci", "build");
    private static readonly OpenShiftSubject Alice = new("User", "alice", null);
    private static readonly OpenShiftSubject Bob = new("User", "bob", null);

    private readonly Store _store = new();
    private readonly List<RoleBindingChange> _confirmed = new();

    private RoleBindingEditor Editor() => new(_store, "build", "ClusterRole", "edit");

    private bool Yes(RoleBindingChange change)
    {
        _confirmed.Add(change);
        return true;
    }

    [Fact]
    public async Task A_conflict_reads_the_bindings_again_and_keeps_the_concurrent_change()
    {
        _store.Add("edit", Alice);
        _store.OnNextWrite(() => _store.AddSubject("edit", Bob));

        var grant = await Editor().GrantAsync(Ci, null, Yes, CancellationToken.None);

        Assert.Equal(2, _store.Reads);
        Assert.Equal(new[] { "alice", "bob", "ci" }, _store.Get("edit").Subjects.Select(s => s.Name));
        Assert.Same(_store.Get("edit"), grant.Binding);
        Assert.False(grant.AlreadyHeld);
        Assert.All(_confirmed, c => Assert.Equal(RoleBindingChangeKind.AddSubject, c.Kind));
        Assert.Equal("PUT https://api.test:6443/apis/rbac.authorization.k8s.io/v1/namespaces/build/rolebindings/edit", _confirmed[0].Request.ToString());

        // The confirmed request is the one sent: it carries the subjects the binding ends with.
        Assert.Equal(new[] { "alice", "bob", "ci" }, ((Store.Write)_confirmed[^1].Request.Body!).Subjects.Select(s => s.Name));
    }

    [Fact]
    public async Task Three_conflicts_in_a_row_give_up_with_the_conflict()
    {
        _store.Add("edit", Alice);
        for (var i = 0; i < 3; i++)
        {
            _store.OnNextWrite(() => _store.AddSubject("edit", new OpenShiftSubject("User", "u" + Guid.NewGuid().ToString("N"), null)));
        }

        var error = await Assert.ThrowsAsync<RedHatApiException>(() => Editor().GrantAsync(Ci, null, Yes, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Equal(RoleBindingEditor.MaxAttempts, _store.Reads);
        Assert.DoesNotContain(_store.Get("edit").Subjects, s => s.SameAs(Ci));
    }

    [Fact]
    public async Task A_subject_that_has_the_role_changes_nothing()
    {
        _store.Add("edit", Alice, Ci);

        var grant = await Editor().GrantAsync(Ci, null, Yes, CancellationToken.None);

        Assert.True(grant.AlreadyHeld);
        Assert.Equal("edit", grant.Binding!.Name);
        Assert.Empty(_confirmed);
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task Without_a_binding_of_the_role_a_new_one_is_named_like_oc_does()
    {
        _store.Add("edit", "ClusterRole", "view", Alice);

        var grant = await Editor().GrantAsync(Ci, null, Yes, CancellationToken.None);

        Assert.Equal("edit-0", grant.Binding!.Name);
        Assert.Equal(RoleBindingChangeKind.CreateBinding, _confirmed.Single().Kind);
    }

    [Fact]
    public async Task A_taken_binding_name_the_user_chose_is_not_retried()
    {
        _store.OnNextWrite(() => _store.Add("mine", "ClusterRole", "view", Bob), apiCode: "AlreadyExists");

        await Assert.ThrowsAsync<RedHatApiException>(() => Editor().GrantAsync(Ci, "mine", Yes, CancellationToken.None));

        Assert.Equal(1, _store.Reads);
    }

    [Fact]
    public async Task A_declined_change_sends_nothing()
    {
        _store.Add("edit", Alice);

        var grant = await Editor().GrantAsync(Ci, null, _ => false, CancellationToken.None);

        Assert.Null(grant.Binding);
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task Revoke_retries_a_conflict_and_deletes_a_binding_left_empty()
    {
        _store.Add("edit", Ci, Alice);
        _store.OnNextWrite(() => _store.RemoveSubject("edit", Alice));

        Assert.True(await Editor().RevokeAsync(Ci, Yes, CancellationToken.None));

        Assert.Equal(2, _store.Reads);
        Assert.Null(_store.Find("edit"));
        Assert.Equal(new[] { RoleBindingChangeKind.RemoveSubject, RoleBindingChangeKind.DeleteBinding }, _confirmed.Select(c => c.Kind));
    }

    [Fact]
    public async Task Revoke_of_a_subject_without_the_role_says_so()
    {
        _store.Add("edit", Alice);

        Assert.False(await Editor().RevokeAsync(Ci, Yes, CancellationToken.None));
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task A_subject_someone_else_removed_between_reads_is_revoked()
    {
        _store.Add("edit", Ci, Alice);
        _store.OnNextWrite(() => _store.RemoveSubject("edit", Ci));

        Assert.True(await Editor().RevokeAsync(Ci, Yes, CancellationToken.None));
        Assert.Equal(new[] { "alice" }, _store.Get("edit").Subjects.Select(s => s.Name));
    }

    /// <summary>
    /// Bindings of the namespace "build" in memory, with Kubernetes' optimistic concurrency: a write whose
    /// resourceVersion is stale fails with 409 Conflict. A scripted "someone else" can change a binding just before
    /// the editor's next write lands.
    /// </summary>
    private sealed class Store : IRoleBindingStore
    {
        private static readonly Uri ApiUrl = new("https://api.test:6443/");

        private readonly Dictionary<string, OpenShiftRoleBinding> _bindings = new();
        private readonly Queue<(Action Change, string ApiCode)> _interference = new();
        private int _version;

        internal int Reads { get; private set; }

        internal int Writes { get; private set; }

        internal void Add(string name, params OpenShiftSubject[] subjects) => Add(name, "ClusterRole", "edit", subjects);

        internal void Add(string name, string roleKind, string role, params OpenShiftSubject[] subjects) =>
            _bindings[name] = new OpenShiftRoleBinding("build", name, roleKind, role, subjects, name, (++_version).ToString(CultureInfo.InvariantCulture), null, "test");

        internal OpenShiftRoleBinding Get(string name) => _bindings[name];

        internal OpenShiftRoleBinding? Find(string name) => _bindings.GetValueOrDefault(name);

        internal void AddSubject(string name, OpenShiftSubject subject) => Put(Get(name), Get(name).Subjects.Append(subject).ToList());

        internal void RemoveSubject(string name, OpenShiftSubject subject) => Put(Get(name), Get(name).Subjects.Where(s => !s.SameAs(subject)).ToList());

        internal void OnNextWrite(Action change, string apiCode = "Conflict") => _interference.Enqueue((change, apiCode));

        public Task<IReadOnlyList<OpenShiftRoleBinding>> ListBindingsAsync(string? ns, CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult<IReadOnlyList<OpenShiftRoleBinding>>(_bindings.Values.ToList());
        }

        public ApiRequest CreateBindingRequest(string? ns, string name, string roleKind, string roleName, IReadOnlyList<OpenShiftSubject> subjects) =>
            new(HttpMethod.Post, new Uri(ApiUrl, OpenShiftClient.BindingsPath(ns)), new Write(roleKind, roleName, subjects));

        public ApiRequest ReplaceSubjectsRequest(OpenShiftRoleBinding binding, IReadOnlyList<OpenShiftSubject> subjects) =>
            new(HttpMethod.Put, new Uri(ApiUrl, OpenShiftClient.BindingPath(binding.Namespace, binding.Name)), new Write(binding.RoleKind, binding.RoleName, subjects));

        public ApiRequest DeleteBindingRequest(string? ns, string name) =>
            new(HttpMethod.Delete, new Uri(ApiUrl, OpenShiftClient.BindingPath(ns, name)));

        public Task<OpenShiftRoleBinding> CreateBindingAsync(string? ns, string name, ApiRequest request, CancellationToken cancellationToken)
        {
            var (roleKind, roleName, subjects) = (Write)request.Body!;
            Interfere();
            if (_bindings.ContainsKey(name))
            {
                throw Conflict(HttpStatusCode.Conflict, "AlreadyExists");
            }

            Writes++;
            Add(name, roleKind, roleName, subjects.ToArray());
            return Task.FromResult(Get(name));
        }

        public Task<OpenShiftRoleBinding> ReplaceSubjectsAsync(OpenShiftRoleBinding binding, ApiRequest request, CancellationToken cancellationToken)
        {
            Interfere();
            Writes++;
            return Task.FromResult(Put(binding, ((Write)request.Body!).Subjects));
        }

        public Task DeleteBindingAsync(string? ns, string name, ApiRequest request, CancellationToken cancellationToken)
        {
            Interfere();
            Writes++;
            _bindings.Remove(name);
            return Task.CompletedTask;
        }

        private OpenShiftRoleBinding Put(OpenShiftRoleBinding binding, IReadOnlyList<OpenShiftSubject> subjects)
        {
            if (Find(binding.Name) is not { } current || current.ResourceVersion != binding.ResourceVersion)
            {
                throw Conflict(HttpStatusCode.Conflict, "Conflict");
            }

            return _bindings[binding.Name] = new OpenShiftRoleBinding(
                "build", binding.Name, binding.RoleKind, binding.RoleName, subjects, binding.Uid, (++_version).ToString(CultureInfo.InvariantCulture), null, "test");
        }

        private void Interfere()
        {
            if (_interference.Count > 0)
            {
                _interference.Dequeue().Change();
            }
        }

        /// <summary>The body of this store's write requests: what the binding is to become.</summary>
        internal sealed record Write(string RoleKind, string Role, IReadOnlyList<OpenShiftSubject> Subjects);

        private static RedHatApiException Conflict(HttpStatusCode status, string code) =>
            new(code == "AlreadyExists" ? ErrorIds.OpenShiftAlreadyExists : "HttpStatus409", "conflict") { StatusCode = status, ApiErrorCode = code, IsPerInput = true };
    }
}
