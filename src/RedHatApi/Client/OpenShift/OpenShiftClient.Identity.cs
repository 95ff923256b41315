using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Client.OpenShift;

/// <summary>"Who am I": OpenShift's users/~, and SelfSubjectReview where that API group does not exist (plain Kubernetes).</summary>
internal sealed partial class OpenShiftClient
{
    internal const string CurrentUserPath = "apis/user.openshift.io/v1/users/~";
    internal const string SelfSubjectReviewPath = "apis/authentication.k8s.io/v1/selfsubjectreviews";

    /// <summary>
    /// GET users/~ (what <c>oc whoami</c> does); a 404 means the cluster has no user.openshift.io group, so POST a
    /// SelfSubjectReview (what <c>kubectl auth whoami</c> does, Kubernetes 1.28 and later).
    /// </summary>
    internal async Task<OpenShiftUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        try
        {
            var user = await SendAsync<OpenShiftUserWire>(HttpMethod.Get, CurrentUserPath, null, null, cancellationToken).ConfigureAwait(false);
            return new OpenShiftUser(
                user.Metadata?.Name ?? string.Empty, user.Metadata?.Uid, user.Groups ?? new List<string>(), user.FullName,
                user.Identities ?? new List<string>(), "User", ClusterName);
        }
        catch (RedHatApiException ex) when (IsNotFound(ex))
        {
            // Not OpenShift: fall through to the Kubernetes way.
        }

        var body = new JsonObject { ["apiVersion"] = "authentication.k8s.io/v1", ["kind"] = "SelfSubjectReview" };
        var review = await SendAsync<SelfSubjectReviewWire>(HttpMethod.Post, SelfSubjectReviewPath, body, null, cancellationToken).ConfigureAwait(false);
        var info = review.Status?.UserInfo ?? throw new RedHatApiException(
            ErrorIds.InvalidResponse, Properties.Text.Format(Properties.Strings.InvalidResponse, DisplayName, "SelfSubjectReview without status.userInfo"));
        return new OpenShiftUser(info.Username ?? string.Empty, info.Uid, info.Groups ?? new List<string>(), null, Array.Empty<string>(), "SelfSubjectReview", ClusterName);
    }
}
